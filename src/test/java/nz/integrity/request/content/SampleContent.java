package nz.integrity.request.content;

import nz.integrity.investigation.SubjectRole;

import nz.integrity.party.RecipientType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nz.integrity.request.content.ClientFirstBasis.ClientAsked;
import nz.integrity.request.content.ClientFirstBasis.PrejudiceException;

/**
 * Test builder for {@link RequestContent}. {@link #aBankNotice()} is a complete, unremarkable notice that passes
 * every rule; tests change one thing at a time.
 */
public final class SampleContent {

    public static final DateRange PERIOD_UNDER_INVESTIGATION = range("2023-07-01", "2024-06-30");
    public static final Recipient BANK = new Recipient("REG-BANK-001", "Example Bank", RecipientType.BANK, false);
    public static final Recipient TELCO = new Recipient("REG-TEL-001", "Example Mobile", RecipientType.TELCO, false);
    public static final Recipient POLICE = new Recipient("REG-GOV-POL", "NZ Police", RecipientType.GOVERNMENT_AGENCY, true);

    private RequestType type;
    private Optional<Recipient> recipient;
    private List<Subject> subjects = List.of(client());
    private Set<PurposeCode> purposes = purposeCodes("ENTITLEMENT", "DEBT_RECOVERY");
    private List<RequestItem> items = List.of(statements());
    private String hypothesis = "The client received wages from a second employer between July 2023 and June 2024 "
            + "that were not declared; deposits would confirm or rule this out.";
    private String necessity = "The IR match shows employer income; only the bank statements show whether and when "
            + "it was received in this account.";
    private List<AlternativeConsidered> alternatives = List.of(
            new AlternativeConsidered(LessIntrusiveMeans.ASK_THE_CLIENT, "Asked on 1 August 2024; no response by the 15 August deadline."),
            new AlternativeConsidered(LessIntrusiveMeans.INFORMATION_MSD_ALREADY_HOLDS, "Declared income records hold no second employer."),
            new AlternativeConsidered(LessIntrusiveMeans.INFORMATION_SHARING_OR_MATCHING, "IR match gives annual totals only, not dates."),
            new AlternativeConsidered(LessIntrusiveMeans.PUBLIC_INFORMATION, "Nothing public shows payments."),
            new AlternativeConsidered(LessIntrusiveMeans.INTERVIEW, "Interview offered; the client declined to attend."));
    private String proportionality = "One account for the one-year period of the alleged overpayment of about $14,000; "
            + "statements only, no other products.";
    private String dateRangeReason = "The range matches the period under investigation.";
    private String collateralIntrusion = "Payees and payers on the statements will be visible; they will not be "
            + "recorded unless material to the allegation.";
    private String unintendedConsequences = "None identified; the bank is not the client's employer.";
    private String plannedHandling = "Only the investigator and approver see the statements; out-of-range pages are quarantined.";
    private String subjectNotificationPlan = "Client told in writing within 10 working days of issue.";
    private String childCareAssessment = "";

    private SampleContent(RequestType type, Optional<Recipient> recipient) {
        this.type = type;
        this.recipient = recipient;
    }

    public static SampleContent aBankNotice() {
        return new SampleContent(RequestType.THIRD_PARTY_NOTICE, Optional.of(BANK));
    }

    public static SampleContent aClientRequest() {
        return new SampleContent(RequestType.CLIENT_REQUEST, Optional.empty())
                .items(item(InformationCategory.ACCOUNT_STATEMENTS, "Statements for account 12-3456-7890123-00",
                        PERIOD_UNDER_INVESTIGATION, ClientFirstBasis.notRecorded()));
    }

    public static DateRange range(String from, String to) {
        return new DateRange(LocalDate.parse(from), LocalDate.parse(to));
    }

    public static Set<PurposeCode> purposeCodes(String... codes) {
        return Arrays.stream(codes).map(PurposeCode::new).collect(Collectors.toSet());
    }

    public static Subject client() {
        return new Subject("P-100", SubjectRole.CLIENT, "Aroha Client", Optional.of(LocalDate.parse("1985-04-12")), "", "");
    }

    public static Subject partner(String askedFirstRef) {
        return new Subject("P-200", SubjectRole.PARTNER, "Ben Partner", Optional.of(LocalDate.parse("1983-02-01")),
                "Joint tenancy evidence suggests he pays the rent from his own account.", askedFirstRef);
    }

    public static Subject child(LocalDate born) {
        return new Subject("P-300", SubjectRole.OTHER, "Child Client", Optional.of(born),
                "Enrolment address shows where the family lives.", "");
    }

    /** The client was asked for exactly this item on 1 August 2024, given 10 working days, and did not answer. */
    public static ClientAsked clientAskedFor(InformationCategory category, DateRange range) {
        return new ClientAsked("CR-1", category, range, LocalDate.parse("2024-08-01"), LocalDate.parse("2024-08-15"),
                ClientResponse.NO_RESPONSE);
    }

    public static RequestItem statements() {
        return item(InformationCategory.ACCOUNT_STATEMENTS, "Statements for account 12-3456-7890123-00",
                PERIOD_UNDER_INVESTIGATION);
    }

    /** An item the client was first asked for, with the same category and range. */
    public static RequestItem item(InformationCategory category, String description, DateRange range) {
        return item(category, description, range, clientAskedFor(category, range));
    }

    public static RequestItem item(InformationCategory category, String description, DateRange range, ClientFirstBasis basis) {
        return new RequestItem(category, description, Optional.of(range), basis);
    }

    public static PrejudiceException genuineException() {
        return new PrejudiceException(Set.of(PrejudiceGround.COLLUSION_WITH_THIRD_PARTY),
                "The employer is the client's brother, who on 3 June 2024 told the case officer he would 'sort the "
                        + "paperwork out with her' before anyone else saw it; payslips supplied via the client could be "
                        + "re-issued.",
                "Payslips re-issued to hide the second job.",
                "The bank holds the only record the employer cannot alter.");
    }

    public SampleContent type(RequestType type) {
        this.type = type;
        return this;
    }

    public SampleContent recipient(Recipient recipient) {
        this.recipient = Optional.of(recipient);
        return this;
    }

    public SampleContent noRecipient() {
        this.recipient = Optional.empty();
        return this;
    }

    public SampleContent subjects(Subject... subjects) {
        this.subjects = List.of(subjects);
        return this;
    }

    public SampleContent purposes(String... codes) {
        this.purposes = purposeCodes(codes);
        return this;
    }

    public SampleContent items(RequestItem... items) {
        this.items = List.of(items);
        return this;
    }

    public SampleContent hypothesis(String hypothesis) {
        this.hypothesis = hypothesis;
        return this;
    }

    public SampleContent necessity(String necessity) {
        this.necessity = necessity;
        return this;
    }

    public SampleContent alternatives(AlternativeConsidered... alternatives) {
        this.alternatives = List.of(alternatives);
        return this;
    }

    public SampleContent proportionality(String proportionality) {
        this.proportionality = proportionality;
        return this;
    }

    public SampleContent dateRangeReason(String dateRangeReason) {
        this.dateRangeReason = dateRangeReason;
        return this;
    }

    public SampleContent collateralIntrusion(String collateralIntrusion) {
        this.collateralIntrusion = collateralIntrusion;
        return this;
    }

    public SampleContent childCareAssessment(String childCareAssessment) {
        this.childCareAssessment = childCareAssessment;
        return this;
    }

    public RequestContent build() {
        return new RequestContent(type, recipient, subjects, purposes, items, new Justification(
                hypothesis, necessity, alternatives, proportionality, dateRangeReason, collateralIntrusion,
                unintendedConsequences, plannedHandling, subjectNotificationPlan, childCareAssessment));
    }
}
