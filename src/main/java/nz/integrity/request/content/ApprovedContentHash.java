package nz.integrity.request.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * SHA-256 over a canonical form of {@link RequestContent} (R26).
 *
 * <p>Canonical form: one {@code name=value} line per field, in a fixed order. Text is normalised with
 * {@link Text#normalise} so re-wrapping a paragraph is not a change. Every present value is written as
 * {@code length:value}, so no choice of text can make two different contents encode alike; an absent value is
 * written as {@code absent}. Dates are ISO 8601. Subjects, items, purposes, grounds and alternatives are
 * sorted, because reordering them changes nothing that was approved.
 */
public record ApprovedContentHash(String hex) {

    public ApprovedContentHash {
        Objects.requireNonNull(hex, "hex");
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a lower-case hex SHA-256 value: '" + hex + "'");
        }
    }

    public static ApprovedContentHash of(RequestContent content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonicalForm(content).getBytes(StandardCharsets.UTF_8));
            return new ApprovedContentHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform must provide SHA-256", e);
        }
    }

    public boolean matches(RequestContent content) {
        return equals(of(content));
    }

    /** The exact text that is hashed; store it alongside the hash if an approval ever needs to be explained. */
    public static String canonicalForm(RequestContent content) {
        Justification why = content.justification();
        return new Canonical()
                .field("type", content.type())
                .nested("recipient", content.recipient().map(ApprovedContentHash::recipient))
                .each("subject", content.subjects(), ApprovedContentHash::subject)
                .each("purpose", content.purposes(), PurposeCode::value)
                .each("item", content.items(), ApprovedContentHash::item)
                .field("hypothesis", why.hypothesis())
                .field("necessity", why.necessity())
                .each("alternative", why.alternativesConsidered(), ApprovedContentHash::alternative)
                .field("proportionality", why.proportionality())
                .field("dateRangeReason", why.dateRangeReason())
                .field("collateralIntrusion", why.collateralIntrusion())
                .field("unintendedConsequences", why.unintendedConsequences())
                .field("plannedHandling", why.plannedHandling())
                .field("subjectNotificationPlan", why.subjectNotificationPlan())
                .field("childCareAssessment", why.childCareAssessment())
                .text();
    }

    private static String recipient(Recipient recipient) {
        return new Canonical()
                .field("registryId", recipient.registryId())
                .field("name", recipient.name())
                .field("type", recipient.type())
                .field("lawEnforcement", recipient.lawEnforcement())
                .text();
    }

    private static String subject(Subject subject) {
        return new Canonical()
                .field("personId", subject.personId())
                .field("role", subject.role())
                .field("name", subject.name())
                .field("dateOfBirth", subject.dateOfBirth())
                .field("ownJustification", subject.ownJustification())
                .field("askedFirstRef", subject.askedFirstRef())
                .text();
    }

    private static String alternative(AlternativeConsidered alternative) {
        return new Canonical()
                .field("means", alternative.means())
                .field("outcome", alternative.outcome())
                .text();
    }

    private static String item(RequestItem item) {
        return new Canonical()
                .field("category", item.category())
                .field("description", item.description())
                .field("range", item.range().map(DateRange::iso))
                .nested("clientFirst", Optional.of(clientFirst(item.clientFirst())))
                .text();
    }

    // Only the link to the client request is approved content; the client's answer changes after approval
    // without voiding it (R06 and R08 re-read it at issue).
    private static String clientFirst(ClientFirstBasis basis) {
        if (basis instanceof ClientFirstBasis.ClientAsked asked) {
            return new Canonical().field("askedBy", asked.clientRequestRef()).text();
        }
        if (basis instanceof ClientFirstBasis.PrejudiceException exception) {
            return new Canonical()
                    .each("ground", exception.grounds(), PrejudiceGround::name)
                    .field("facts", exception.facts())
                    .field("harmExpected", exception.harmExpected())
                    .field("whyAlternativesFail", exception.whyAlternativesFail())
                    .text();
        }
        return "none";
    }

    private static final class Canonical {
        private final StringBuilder text = new StringBuilder();

        /** A scalar: normalised, so layout changes do not count as content changes. */
        Canonical field(String name, Object value) {
            Object present = value instanceof Optional<?> optional ? optional.orElse(null) : value;
            return write(name, present == null ? null : Text.normalise(present.toString()));
        }

        /** An already canonical nested encoding, written as is. */
        Canonical nested(String name, Optional<String> encoded) {
            return write(name, encoded.orElse(null));
        }

        /** Nested encodings of a collection, sorted so that order does not matter. */
        <T> Canonical each(String name, Collection<T> values, Function<T, String> encoder) {
            values.stream().map(encoder).sorted(Comparator.naturalOrder()).forEach(value -> write(name, value));
            return this;
        }

        private Canonical write(String name, String value) {
            text.append(name).append('=');
            text.append(value == null ? "absent" : value.length() + ":" + value);
            text.append('\n');
            return this;
        }

        String text() {
            return text.toString();
        }
    }
}
