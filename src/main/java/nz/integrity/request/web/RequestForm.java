package nz.integrity.request.web;

import nz.integrity.investigation.SubjectRole;
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
import nz.integrity.party.RecipientType;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the request page edits, in plain fields a form can bind to, and its conversion to and from the
 * {@link RequestContent} the service checks. The service fills in names and recipient details from the
 * registries, so only the registry id and client numbers matter here.
 */
public class RequestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How an item is justified against asking the client first (R06 to R08). */
    public enum Basis { PREJUDICE_EXCEPTION, CLIENT_ASKED, NOT_RECORDED }

    private RequestType type = RequestType.THIRD_PARTY_NOTICE;
    private String recipientId;
    private List<SubjectLine> subjects = new ArrayList<>();
    private List<String> purposes = new ArrayList<>();
    private final List<ItemForm> items = new ArrayList<>();
    private String hypothesis;
    private String necessity;
    private final List<AlternativeLine> alternatives = Arrays.stream(LessIntrusiveMeans.values()).map(AlternativeLine::new)
            .collect(Collectors.toCollection(ArrayList::new));
    private String proportionality;
    private String dateRangeReason;
    private String collateralIntrusion;
    private String unintendedConsequences;
    private String plannedHandling;
    private String subjectNotificationPlan;
    private String childCareAssessment;

    public static RequestForm of(RequestContent content) {
        RequestForm form = new RequestForm();
        form.type = content.type();
        form.recipientId = content.recipient().map(Recipient::registryId).orElse(null);
        form.subjects = content.subjects().stream().map(SubjectLine::of).collect(Collectors.toCollection(ArrayList::new));
        form.purposes = content.purposes().stream().map(PurposeCode::value).collect(Collectors.toCollection(ArrayList::new));
        content.items().forEach(item -> form.items.add(ItemForm.of(item)));
        Justification j = content.justification();
        form.hypothesis = j.hypothesis();
        form.necessity = j.necessity();
        for (AlternativeConsidered considered : j.alternativesConsidered()) {
            form.alternatives.get(considered.means().ordinal()).outcome = considered.outcome();
        }
        form.proportionality = j.proportionality();
        form.dateRangeReason = j.dateRangeReason();
        form.collateralIntrusion = j.collateralIntrusion();
        form.unintendedConsequences = j.unintendedConsequences();
        form.plannedHandling = j.plannedHandling();
        form.subjectNotificationPlan = j.subjectNotificationPlan();
        form.childCareAssessment = j.childCareAssessment();
        return form;
    }

    /** The content to save; subjects not included are left out, and alternatives left blank were not considered. */
    public RequestContent toContent(Map<String, RecipientType> recipientTypes) {
        Optional<Recipient> recipient = type == RequestType.THIRD_PARTY_NOTICE && recipientId != null
                ? Optional.of(new Recipient(recipientId, "", recipientTypes.getOrDefault(recipientId, RecipientType.OTHER), false))
                : Optional.empty();
        List<Subject> chosen = subjects.stream().filter(SubjectLine::isIncluded).map(SubjectLine::toSubject).toList();
        List<AlternativeConsidered> considered = alternatives.stream().filter(a -> a.outcome != null && !a.outcome.isBlank())
                .map(a -> new AlternativeConsidered(a.means, a.outcome)).toList();
        return new RequestContent(type, recipient, chosen, purposes.stream().map(PurposeCode::new).collect(Collectors.toSet()),
                items.stream().filter(ItemForm::isFilled).map(ItemForm::toItem).toList(),
                new Justification(hypothesis, necessity, considered, proportionality, dateRangeReason, collateralIntrusion,
                        unintendedConsequences, plannedHandling, subjectNotificationPlan, childCareAssessment));
    }

    /** One of the case's subjects, offered for inclusion with the role they have on the case. */
    public static class SubjectLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String clientNumber;
        private final String name;
        private SubjectRole role;
        private boolean included;
        private String ownJustification;
        private String askedFirstRef;

        public SubjectLine(String clientNumber, String name, SubjectRole role) {
            this.clientNumber = clientNumber;
            this.name = name;
            this.role = role;
        }

        static SubjectLine of(Subject subject) {
            SubjectLine line = new SubjectLine(subject.personId(), subject.name(), subject.role());
            line.included = true;
            line.ownJustification = subject.ownJustification();
            line.askedFirstRef = subject.askedFirstRef();
            return line;
        }

        Subject toSubject() {
            return new Subject(clientNumber, role, name == null ? "" : name, Optional.empty(), ownJustification, askedFirstRef);
        }

        public String getClientNumber() { return clientNumber; }
        public String getName() { return name; }
        public SubjectRole getRole() { return role; }
        public boolean isIncluded() { return included; }
        public void setIncluded(boolean included) { this.included = included; }
        public String getOwnJustification() { return ownJustification; }
        public void setOwnJustification(String ownJustification) { this.ownJustification = ownJustification; }
        public String getAskedFirstRef() { return askedFirstRef; }
        public void setAskedFirstRef(String askedFirstRef) { this.askedFirstRef = askedFirstRef; }
    }

    /** A less intrusive means and what came of considering it; blank means not considered (R13). */
    public static class AlternativeLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final LessIntrusiveMeans means;
        private String outcome;

        AlternativeLine(LessIntrusiveMeans means) {
            this.means = means;
        }

        public LessIntrusiveMeans getMeans() { return means; }
        public String getOutcome() { return outcome; }
        public void setOutcome(String outcome) { this.outcome = outcome; }
    }

    /** One item asked for, with its own range and its own client-first basis. */
    public static class ItemForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private InformationCategory category;
        private String description;
        private LocalDate from;
        private LocalDate to;
        private Basis basis = Basis.PREJUDICE_EXCEPTION;
        private List<PrejudiceGround> grounds = new ArrayList<>();
        private String facts;
        private String harmExpected;
        private String whyAlternativesFail;
        private String clientRequestRef;
        private LocalDate askedOn;
        private LocalDate responseDueOn;
        private ClientResponse response;

        public ItemForm(LocalDate from, LocalDate to) {
            this.from = from;
            this.to = to;
        }

        static ItemForm of(RequestItem item) {
            ItemForm form = new ItemForm(item.range().map(DateRange::from).orElse(null), item.range().map(DateRange::to).orElse(null));
            form.category = item.category();
            form.description = item.description();
            if (item.clientFirst() instanceof ClientFirstBasis.PrejudiceException e) {
                form.grounds = new ArrayList<>(e.grounds());
                form.facts = e.facts();
                form.harmExpected = e.harmExpected();
                form.whyAlternativesFail = e.whyAlternativesFail();
            } else if (item.clientFirst() instanceof ClientFirstBasis.ClientAsked asked) {
                form.basis = Basis.CLIENT_ASKED;
                form.clientRequestRef = asked.clientRequestRef();
                form.askedOn = asked.askedOn();
                form.responseDueOn = asked.responseDueOn();
                form.response = asked.response();
            } else {
                form.basis = Basis.NOT_RECORDED;
            }
            return form;
        }

        boolean isFilled() {
            return category != null;
        }

        /** An unfinished basis or range is kept as "not recorded" so the checklist can say what is missing. */
        RequestItem toItem() {
            Optional<DateRange> range = from != null && to != null && !to.isBefore(from)
                    ? Optional.of(new DateRange(from, to)) : Optional.empty();
            ClientFirstBasis clientFirst = switch (basis) {
                case PREJUDICE_EXCEPTION -> new ClientFirstBasis.PrejudiceException(
                        grounds.isEmpty() ? Set.of() : EnumSet.copyOf(grounds), facts, harmExpected, whyAlternativesFail);
                case CLIENT_ASKED -> clientRequestRef != null && askedOn != null && responseDueOn != null && response != null
                        && range.isPresent()
                        ? new ClientFirstBasis.ClientAsked(clientRequestRef, category, range.get(), askedOn, responseDueOn, response)
                        : ClientFirstBasis.notRecorded();
                case NOT_RECORDED -> ClientFirstBasis.notRecorded();
            };
            return new RequestItem(category, description, range, clientFirst);
        }

        public InformationCategory getCategory() { return category; }
        public void setCategory(InformationCategory category) { this.category = category; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public LocalDate getFrom() { return from; }
        public void setFrom(LocalDate from) { this.from = from; }
        public LocalDate getTo() { return to; }
        public void setTo(LocalDate to) { this.to = to; }
        public Basis getBasis() { return basis; }
        public void setBasis(Basis basis) { this.basis = basis; }
        public List<PrejudiceGround> getGrounds() { return grounds; }
        public void setGrounds(List<PrejudiceGround> grounds) { this.grounds = grounds; }
        public String getFacts() { return facts; }
        public void setFacts(String facts) { this.facts = facts; }
        public String getHarmExpected() { return harmExpected; }
        public void setHarmExpected(String harmExpected) { this.harmExpected = harmExpected; }
        public String getWhyAlternativesFail() { return whyAlternativesFail; }
        public void setWhyAlternativesFail(String whyAlternativesFail) { this.whyAlternativesFail = whyAlternativesFail; }
        public String getClientRequestRef() { return clientRequestRef; }
        public void setClientRequestRef(String clientRequestRef) { this.clientRequestRef = clientRequestRef; }
        public LocalDate getAskedOn() { return askedOn; }
        public void setAskedOn(LocalDate askedOn) { this.askedOn = askedOn; }
        public LocalDate getResponseDueOn() { return responseDueOn; }
        public void setResponseDueOn(LocalDate responseDueOn) { this.responseDueOn = responseDueOn; }
        public ClientResponse getResponse() { return response; }
        public void setResponse(ClientResponse response) { this.response = response; }
    }

    /** Adds the case's subjects that the request does not name yet, so each can be included. */
    public void offerSubjects(List<SubjectLine> caseSubjects) {
        Set<String> named = subjects.stream().map(SubjectLine::getClientNumber).collect(Collectors.toSet());
        caseSubjects.stream().filter(line -> !named.contains(line.getClientNumber())).forEach(subjects::add);
    }

    public void addItem(LocalDate from, LocalDate to) {
        items.add(new ItemForm(from, to));
    }

    public RequestType getType() { return type; }
    public void setType(RequestType type) { this.type = type; }
    public String getRecipientId() { return recipientId; }
    public void setRecipientId(String recipientId) { this.recipientId = recipientId; }
    public List<SubjectLine> getSubjects() { return subjects; }
    public List<String> getPurposes() { return purposes; }
    public void setPurposes(List<String> purposes) { this.purposes = purposes; }
    public List<ItemForm> getItems() { return items; }
    public List<AlternativeLine> getAlternatives() { return alternatives; }
    public String getHypothesis() { return hypothesis; }
    public void setHypothesis(String hypothesis) { this.hypothesis = hypothesis; }
    public String getNecessity() { return necessity; }
    public void setNecessity(String necessity) { this.necessity = necessity; }
    public String getProportionality() { return proportionality; }
    public void setProportionality(String proportionality) { this.proportionality = proportionality; }
    public String getDateRangeReason() { return dateRangeReason; }
    public void setDateRangeReason(String dateRangeReason) { this.dateRangeReason = dateRangeReason; }
    public String getCollateralIntrusion() { return collateralIntrusion; }
    public void setCollateralIntrusion(String collateralIntrusion) { this.collateralIntrusion = collateralIntrusion; }
    public String getUnintendedConsequences() { return unintendedConsequences; }
    public void setUnintendedConsequences(String unintendedConsequences) { this.unintendedConsequences = unintendedConsequences; }
    public String getPlannedHandling() { return plannedHandling; }
    public void setPlannedHandling(String plannedHandling) { this.plannedHandling = plannedHandling; }
    public String getSubjectNotificationPlan() { return subjectNotificationPlan; }
    public void setSubjectNotificationPlan(String subjectNotificationPlan) { this.subjectNotificationPlan = subjectNotificationPlan; }
    public String getChildCareAssessment() { return childCareAssessment; }
    public void setChildCareAssessment(String childCareAssessment) { this.childCareAssessment = childCareAssessment; }
}
