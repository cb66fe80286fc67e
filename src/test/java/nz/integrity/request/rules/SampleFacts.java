package nz.integrity.request.rules;

import nz.integrity.platform.calendar.WorkingDayCalendar;

import nz.integrity.investigation.CaseStatus;

import nz.integrity.investigation.AllegationType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import nz.integrity.request.content.Approval;
import nz.integrity.request.content.ApprovedContentHash;
import nz.integrity.request.content.DateRange;
import nz.integrity.request.content.NoticeTerms;
import nz.integrity.request.content.RequestContent;
import nz.integrity.request.content.RequestType;
import nz.integrity.request.content.SampleContent;

/**
 * Test builder for {@link RequestFacts}. {@link #issuingABankNotice()} is a clean notice being issued on
 * Wednesday 11 September 2024, approved on Monday 9 September by an independent, delegated approver; every rule
 * passes or is not applicable. Tests change one thing at a time.
 */
final class SampleFacts {

    static final LocalDate TODAY = LocalDate.parse("2024-09-11");
    static final WorkingDayCalendar CALENDAR = new WeekdayCalendar();
    static final String APPLICANT = "inv-anna";
    static final String TEAM_MEMBER = "inv-tama";
    static final String APPROVER = "sup-wiremu";
    static final String INVESTIGATING_UNIT = "UNIT-AKL-1";

    private SampleContent content = SampleContent.aBankNotice();
    private Checkpoint checkpoint = Checkpoint.ISSUE;
    private LocalDate today = TODAY;
    private Optional<NoticeTerms> notice = Optional.of(
            new NoticeTerms(TODAY, LocalDate.parse("2024-09-25"), "Email the statements as PDF to the secure address below."));
    private CaseStatus caseStatus = CaseStatus.INVESTIGATING;
    private Optional<DateRange> period = Optional.of(SampleContent.PERIOD_UNDER_INVESTIGATION);
    private Optional<AllegationType> allegation = Optional.of(AllegationType.UNDECLARED_INCOME);
    private String openingGrounds = "IR income match of 2 May 2024 shows wages not declared.";
    private String authorisedBy = "sup-hemi";
    private Set<String> team = Set.of(APPLICANT, TEAM_MEMBER);
    private String applicant = APPLICANT;
    private Set<String> editors = Set.of(APPLICANT);
    private Optional<Approver> approver = Optional.of(new Approver(APPROVER, "UNIT-WLG-2", Optional.of(delegation())));
    private boolean approved = true;
    private LocalDate approvedOn = LocalDate.parse("2024-09-09");
    private Optional<RequestContent> approvedContent = Optional.empty();
    private Optional<String> recordedBy = Optional.empty();
    private List<CaseRequestSummary> otherRequests = List.of();
    private List<HeldInformation> held = List.of();

    private SampleFacts() {
    }

    static SampleFacts issuingABankNotice() {
        return new SampleFacts();
    }

    /** The same notice at an earlier checkpoint, before anything that happens later exists. */
    static SampleFacts submittingABankNotice() {
        return new SampleFacts().at(Checkpoint.SUBMISSION).noApprover().noApproval();
    }

    static SampleFacts approvingABankNotice() {
        return new SampleFacts().at(Checkpoint.APPROVAL).noApproval();
    }

    static Delegation delegation() {
        return new Delegation("DI-2023-17", Set.of(RequestType.values()), ApprovalLevel.ELEVATED,
                LocalDate.parse("2023-01-01"), Optional.empty());
    }

    SampleFacts content(UnaryOperator<SampleContent> change) {
        content = change.apply(content);
        return this;
    }

    SampleFacts at(Checkpoint checkpoint) {
        this.checkpoint = checkpoint;
        return this;
    }

    SampleFacts on(LocalDate today) {
        this.today = today;
        return this;
    }

    SampleFacts notice(NoticeTerms notice) {
        this.notice = Optional.of(notice);
        return this;
    }

    SampleFacts noNotice() {
        this.notice = Optional.empty();
        return this;
    }

    SampleFacts caseStatus(CaseStatus caseStatus) {
        this.caseStatus = caseStatus;
        return this;
    }

    SampleFacts periodUnderInvestigation(DateRange period) {
        this.period = Optional.of(period);
        return this;
    }

    SampleFacts noPeriodUnderInvestigation() {
        this.period = Optional.empty();
        return this;
    }

    SampleFacts noAllegation() {
        this.allegation = Optional.empty();
        return this;
    }

    SampleFacts openingGrounds(String openingGrounds) {
        this.openingGrounds = openingGrounds;
        return this;
    }

    SampleFacts investigationAuthorisedBy(String authorisedBy) {
        this.authorisedBy = authorisedBy;
        return this;
    }

    SampleFacts team(String... members) {
        this.team = Set.of(members);
        return this;
    }

    SampleFacts editors(String... editors) {
        this.editors = Set.of(editors);
        return this;
    }

    SampleFacts approver(Approver approver) {
        this.approver = Optional.of(approver);
        return this;
    }

    SampleFacts noApprover() {
        this.approver = Optional.empty();
        return this;
    }

    SampleFacts approvedOn(LocalDate approvedOn) {
        this.approvedOn = approvedOn;
        return this;
    }

    /** Pins the approval to this content, so the content being checked can differ from what was approved. */
    SampleFacts approvedContent(RequestContent approvedContent) {
        this.approvedContent = Optional.of(approvedContent);
        return this;
    }

    SampleFacts approvalRecordedBy(String recordedBy) {
        this.recordedBy = Optional.of(recordedBy);
        return this;
    }

    SampleFacts noApproval() {
        this.approved = false;
        return this;
    }

    SampleFacts otherRequests(CaseRequestSummary... others) {
        this.otherRequests = List.of(others);
        return this;
    }

    SampleFacts held(HeldInformation... held) {
        this.held = List.of(held);
        return this;
    }

    RequestFacts build() {
        RequestContent built = content.build();
        Optional<Approval> approval = approved
                ? Optional.of(new Approval(
                        recordedBy.orElseGet(() -> approver.map(Approver::userId).orElse(APPROVER)),
                        approvedOn,
                        ApprovedContentHash.of(approvedContent.orElse(built))))
                : Optional.empty();
        CaseContext caseContext = new CaseContext("CASE-2024-0042", caseStatus, period, allegation, openingGrounds,
                authorisedBy, INVESTIGATING_UNIT, team);
        return new RequestFacts(checkpoint, today, "REQ-2024-0101", built, notice, caseContext, applicant, editors,
                approver, approval, otherRequests, held);
    }
}
