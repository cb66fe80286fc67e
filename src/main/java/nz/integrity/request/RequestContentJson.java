package nz.integrity.request;

import nz.integrity.platform.json.CanonicalJson;
import nz.integrity.investigation.SubjectRole;
import nz.integrity.party.RecipientType;
import nz.integrity.request.content.AlternativeConsidered;
import nz.integrity.request.content.ClientFirstBasis;
import nz.integrity.request.content.ClientResponse;
import nz.integrity.request.content.DateRange;
import nz.integrity.request.content.InformationCategory;
import nz.integrity.request.content.Justification;
import nz.integrity.request.content.LessIntrusiveMeans;
import nz.integrity.request.content.PrejudiceGround;
import nz.integrity.request.content.PurposeCode;
import nz.integrity.request.content.Recipient;
import nz.integrity.request.content.RequestContent;
import nz.integrity.request.content.RequestItem;
import nz.integrity.request.content.RequestType;
import nz.integrity.request.content.Subject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Stores a request's content as canonical JSON: one column holds exactly what was drafted, checked and approved,
 * so it can be re-read, re-checked and re-hashed years later without depending on today's table layout.
 */
public final class RequestContentJson {

    private RequestContentJson() {
    }

    public static String write(RequestContent content) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", content.type().name());
        json.put("recipient", content.recipient().map(RequestContentJson::recipient).orElse(null));
        json.put("subjects", content.subjects().stream().map(RequestContentJson::subject).toList());
        json.put("purposes", content.purposes().stream().map(PurposeCode::value).sorted().toList());
        json.put("items", content.items().stream().map(RequestContentJson::item).toList());
        json.put("justification", justification(content.justification()));
        return CanonicalJson.write(json);
    }

    /** Content sent by a client: any shape problem is a validation error on "content", never a server error. */
    public static RequestContent readInput(String text) {
        try {
            return read(text);
        } catch (RuntimeException e) {
            throw new nz.integrity.platform.ValidationException("content",
                    "The request content is not in the documented shape: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    public static RequestContent read(String text) {
        Map<String, Object> json = object(CanonicalJson.parse(text));
        Set<PurposeCode> purposes = list(json.get("purposes")).stream().map(p -> new PurposeCode((String) p))
                .collect(Collectors.toCollection(TreeSet::new));
        return new RequestContent(
                RequestType.valueOf(string(json, "type")),
                Optional.ofNullable(json.get("recipient")).map(r -> readRecipient(object(r))),
                list(json.get("subjects")).stream().map(s -> readSubject(object(s))).toList(),
                purposes,
                list(json.get("items")).stream().map(i -> readItem(object(i))).toList(),
                readJustification(object(json.get("justification"))));
    }

    private static Map<String, Object> recipient(Recipient r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("registryId", r.registryId());
        json.put("name", r.name());
        json.put("type", r.type().name());
        json.put("lawEnforcement", r.lawEnforcement());
        return json;
    }

    private static Recipient readRecipient(Map<String, Object> json) {
        return new Recipient(string(json, "registryId"), string(json, "name"), RecipientType.valueOf(string(json, "type")),
                (Boolean) json.get("lawEnforcement"));
    }

    private static Map<String, Object> subject(Subject s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("personId", s.personId());
        json.put("role", s.role().name());
        json.put("name", s.name());
        json.put("dateOfBirth", s.dateOfBirth().map(LocalDate::toString).orElse(null));
        json.put("ownJustification", s.ownJustification());
        json.put("askedFirstRef", s.askedFirstRef());
        return json;
    }

    private static Subject readSubject(Map<String, Object> json) {
        return new Subject(string(json, "personId"), SubjectRole.valueOf(string(json, "role")), string(json, "name"),
                Optional.ofNullable((String) json.get("dateOfBirth")).map(LocalDate::parse),
                string(json, "ownJustification"), string(json, "askedFirstRef"));
    }

    private static Map<String, Object> item(RequestItem item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("category", item.category().name());
        json.put("description", item.description());
        json.put("range", item.range().map(RequestContentJson::range).orElse(null));
        json.put("clientFirst", clientFirst(item.clientFirst()));
        return json;
    }

    private static RequestItem readItem(Map<String, Object> json) {
        return new RequestItem(InformationCategory.valueOf(string(json, "category")), string(json, "description"),
                Optional.ofNullable(json.get("range")).map(r -> readRange(object(r))),
                readClientFirst(object(json.get("clientFirst"))));
    }

    private static Map<String, Object> range(DateRange range) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", range.from().toString());
        json.put("to", range.to().toString());
        return json;
    }

    private static DateRange readRange(Map<String, Object> json) {
        return new DateRange(LocalDate.parse(string(json, "from")), LocalDate.parse(string(json, "to")));
    }

    private static Map<String, Object> clientFirst(ClientFirstBasis basis) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (basis instanceof ClientFirstBasis.ClientAsked asked) {
            json.put("kind", "CLIENT_ASKED");
            json.put("clientRequestRef", asked.clientRequestRef());
            json.put("askedCategory", asked.askedCategory().name());
            json.put("askedRange", range(asked.askedRange()));
            json.put("askedOn", asked.askedOn().toString());
            json.put("responseDueOn", asked.responseDueOn().toString());
            json.put("response", asked.response().name());
        } else if (basis instanceof ClientFirstBasis.PrejudiceException exception) {
            json.put("kind", "PREJUDICE_EXCEPTION");
            json.put("grounds", exception.grounds().stream().map(Enum::name).sorted().toList());
            json.put("facts", exception.facts());
            json.put("harmExpected", exception.harmExpected());
            json.put("whyAlternativesFail", exception.whyAlternativesFail());
        } else {
            json.put("kind", "NOT_RECORDED");
        }
        return json;
    }

    private static ClientFirstBasis readClientFirst(Map<String, Object> json) {
        return switch (string(json, "kind")) {
            case "CLIENT_ASKED" -> new ClientFirstBasis.ClientAsked(string(json, "clientRequestRef"),
                    InformationCategory.valueOf(string(json, "askedCategory")), readRange(object(json.get("askedRange"))),
                    LocalDate.parse(string(json, "askedOn")), LocalDate.parse(string(json, "responseDueOn")),
                    ClientResponse.valueOf(string(json, "response")));
            case "PREJUDICE_EXCEPTION" -> new ClientFirstBasis.PrejudiceException(
                    list(json.get("grounds")).stream().map(g -> PrejudiceGround.valueOf((String) g))
                            .collect(Collectors.toSet()),
                    string(json, "facts"), string(json, "harmExpected"), string(json, "whyAlternativesFail"));
            default -> ClientFirstBasis.notRecorded();
        };
    }

    private static Map<String, Object> justification(Justification j) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("hypothesis", j.hypothesis());
        json.put("necessity", j.necessity());
        List<Map<String, Object>> alternatives = new ArrayList<>();
        for (AlternativeConsidered alternative : j.alternativesConsidered()) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("means", alternative.means().name());
            a.put("outcome", alternative.outcome());
            alternatives.add(a);
        }
        json.put("alternativesConsidered", alternatives);
        json.put("proportionality", j.proportionality());
        json.put("dateRangeReason", j.dateRangeReason());
        json.put("collateralIntrusion", j.collateralIntrusion());
        json.put("unintendedConsequences", j.unintendedConsequences());
        json.put("plannedHandling", j.plannedHandling());
        json.put("subjectNotificationPlan", j.subjectNotificationPlan());
        json.put("childCareAssessment", j.childCareAssessment());
        return json;
    }

    private static Justification readJustification(Map<String, Object> json) {
        return new Justification(string(json, "hypothesis"), string(json, "necessity"),
                list(json.get("alternativesConsidered")).stream().map(a -> {
                    Map<String, Object> alt = object(a);
                    return new AlternativeConsidered(LessIntrusiveMeans.valueOf(string(alt, "means")), string(alt, "outcome"));
                }).toList(),
                string(json, "proportionality"), string(json, "dateRangeReason"), string(json, "collateralIntrusion"),
                string(json, "unintendedConsequences"), string(json, "plannedHandling"),
                string(json, "subjectNotificationPlan"), string(json, "childCareAssessment"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("Stored request content is not in the expected shape");
        }
        return (Map<String, Object>) value;
    }

    private static List<?> list(Object value) {
        return value == null ? List.of() : (List<?>) value;
    }

    private static String string(Map<String, Object> json, String key) {
        return (String) json.get(key);
    }
}
