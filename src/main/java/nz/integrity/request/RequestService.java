package nz.integrity.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nz.integrity.audit.AuditTrail;
import nz.integrity.audit.AuditedAction;
import nz.integrity.investigation.CaseAccess;
import nz.integrity.investigation.CaseScope;
import nz.integrity.investigation.CaseService;
import nz.integrity.investigation.InvestigationCase;
import nz.integrity.platform.BusinessRuleException;
import nz.integrity.platform.Reasons;
import nz.integrity.platform.calendar.WorkingDayCalendar;
import nz.integrity.platform.persistence.YearlyNumbers;
import nz.integrity.platform.security.Authorization;
import nz.integrity.platform.security.CallerContext;
import nz.integrity.platform.time.NewZealandTime;
import nz.integrity.request.content.ApprovedContentHash;
import nz.integrity.request.content.NoticeTerms;
import nz.integrity.request.content.RequestContent;
import nz.integrity.request.notice.StatutoryNotice;
import nz.integrity.request.rules.CheckReport;
import nz.integrity.request.rules.Checkpoint;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static nz.integrity.request.RequestChecks.explain;
import static nz.integrity.request.RequestChecks.ruleIds;

/**
 * The case team's use cases on a request: drafting, revising, submitting, withdrawing, issuing and cancelling.
 * Submission and issue evaluate the Code's rules for their checkpoint and keep that one evaluation; HARD failures
 * refuse. Approvers' decisions are in {@link RequestDecisions}, reads in {@link RequestQueries}, who may do what in
 * {@link RequestAccess}.
 */
@ApplicationScoped
public class RequestService {

    static final String REQUEST = "REQUEST";

    @Inject
    RequestAccess access;

    @Inject
    RequestRepository repository;

    @Inject
    RequestChecks checks;

    @Inject
    RequestQueries queries;

    @Inject
    CaseService cases;

    @Inject
    CaseAccess caseAccess;

    @Inject
    CallerContext caller;

    @Inject
    Authorization authorization;

    @Inject
    AuditTrail audit;

    @Inject
    YearlyNumbers numbers;

    @Inject
    RequestRegistries registries;

    @Inject
    WorkingDayCalendar workingDays;

    @Inject
    IssuedDocuments documents;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "app.notice.working-days-to-comply", defaultValue = "10")
    int workingDaysToComply;

    @Inject
    @ConfigProperty(name = "app.notice.manner-of-compliance",
            defaultValue = "Send copies of the documents through the secure channel named in this notice, quoting the notice reference.")
    String mannerOfCompliance;

    @Transactional
    public InformationRequest draft(String caseReference, RequestContent content) {
        CaseScope scope = caseAccess.requireScope();
        if (!scope.investigator()) {
            throw authorization.refuse("DRAFT_REQUEST", REQUEST, caseReference, "only investigators draft requests");
        }
        // The case row lock orders this draft against a closing decision, which checks for open requests (R36).
        InvestigationCase investigationCase = cases.findVisible(caseReference, "DRAFT_REQUEST", scope, true);
        if (investigationCase.status().isClosed()) {
            throw new BusinessRuleException("A closed case takes no new requests; reopen it first.", List.of("R36"));
        }
        checks.requirePublishedPurposes(content);
        content = registries.resolve(investigationCase, content);
        int year = today().getYear();
        String reference = String.format("REQ-%04d-%06d", year, numbers.next(YearlyNumbers.Series.REQUEST, year));
        InformationRequest request = new InformationRequest(reference, investigationCase, content,
                checks.codeVersionToday(), scope.username(), clock.instant());
        repository.add(request);
        audit.record(AuditedAction.of("REQUEST_DRAFTED", REQUEST, reference).succeeded()
                .with("case", caseReference).with("type", content.type().name()));
        return request;
    }

    @Transactional
    public InformationRequest revise(String reference, RequestContent content) {
        InformationRequest request = access.findForCaseTeam(reference, "REVISE_REQUEST");
        checks.requirePublishedPurposes(content);
        content = registries.resolve(request.investigationCase(), content);
        boolean voided = request.revise(content, caller.username(), clock.instant());
        audit.record(AuditedAction.of(voided ? "REQUEST_APPROVAL_VOIDED" : "REQUEST_REVISED", REQUEST, reference)
                .succeeded().with("contentVersion", request.contentVersion()));
        return request;
    }

    /**
     * The request page's save: a new draft (no reference yet) or a revision, answered with the live checklist in
     * the same transaction. The checklist is computed, not kept.
     */
    @Transactional
    public CheckedRequest saveAndCheck(String caseReference, String reference, RequestContent content) {
        InformationRequest request = save(caseReference, reference, content);
        return new CheckedRequest(request, queries.checklist(request), Optional.empty());
    }

    /**
     * The request page's submit in one transaction: save the form, submit it (keeping the submission's one
     * evaluation) and answer with the checklist for the next step. A submission the rules refuse still saves the
     * content and audits the refusal; the refusal comes back with the saved draft so the page can show both.
     */
    @Transactional
    public CheckedRequest saveAndSubmit(String caseReference, String reference, RequestContent content) {
        InformationRequest request = save(caseReference, reference, content);
        try {
            submit(request);
        } catch (BusinessRuleException refused) {
            return new CheckedRequest(request, queries.checklist(request), Optional.of(refused));
        }
        return new CheckedRequest(request, queries.checklist(request), Optional.empty());
    }

    private InformationRequest save(String caseReference, String reference, RequestContent content) {
        return reference == null || reference.isBlank() ? draft(caseReference, content) : revise(reference, content);
    }

    @Transactional(dontRollbackOn = BusinessRuleException.class)
    public InformationRequest submit(String reference) {
        InformationRequest request = access.findForCaseTeam(reference, "SUBMIT_REQUEST");
        submit(request);
        return request;
    }

    private void submit(InformationRequest request) {
        CheckReport report = checks.evaluate(request, Checkpoint.SUBMISSION, Optional.empty());
        checks.keep(request, report);
        if (report.isBlocked()) {
            audit.record(AuditedAction.of("REQUEST_SUBMISSION_REFUSED", REQUEST, request.reference()).denied("rules failed")
                    .with("rules", ruleIds(report.blockingFailures())));
            throw new BusinessRuleException("The request breaks rules that cannot be overridden:",
                    ruleIds(report.blockingFailures()), explain(report.blockingFailures()));
        }
        request.submit(clock.instant());
        audit.record(AuditedAction.of("REQUEST_SUBMITTED", REQUEST, request.reference()).succeeded()
                .with("submission", request.submissionNumber()).with("contentHash", ApprovedContentHash.of(request.content()).hex()));
    }

    @Transactional
    public InformationRequest withdraw(String reference, String reason) {
        String why = Reasons.require(reason);
        InformationRequest request = access.findForCaseTeam(reference, "WITHDRAW_REQUEST");
        request.withdraw(clock.instant());
        audit.record(AuditedAction.of("REQUEST_WITHDRAWN", REQUEST, reference).succeeded().because(why));
        return request;
    }

    /**
     * Issues an approved request: re-checks in one transaction that the content is what was approved, that the
     * approval has not lapsed, that the approver's delegation still stands and every HARD rule passes with the
     * notice's own dates; then renders and keeps the document.
     */
    @Transactional(dontRollbackOn = BusinessRuleException.class)
    public IssuedDocuments.IssuedDocument issue(String reference) {
        InformationRequest request = access.findForCaseTeam(reference, "ISSUE_REQUEST");
        if (request.approvalHasLapsedOn(today())) {
            request.expireApproval(clock.instant());
            audit.record(AuditedAction.of("REQUEST_APPROVAL_EXPIRED", REQUEST, reference).succeeded());
            throw new BusinessRuleException("The approval lapsed before the request was issued; it needs a new approval.",
                    List.of("R26"));
        }
        LocalDate given = today();
        NoticeTerms terms = new NoticeTerms(given, workingDays.addWorkingDays(given,
                Math.max(workingDaysToComply, StatutoryNotice.STATUTORY_MINIMUM_WORKING_DAYS)), mannerOfCompliance);
        CheckReport report = checks.evaluateIssue(request, terms);
        checks.keep(request, report);
        if (report.isBlocked()) {
            audit.record(AuditedAction.of("REQUEST_ISSUE_REFUSED", REQUEST, reference).denied("rules failed")
                    .with("rules", ruleIds(report.blockingFailures())));
            throw new BusinessRuleException("The request cannot be issued:", ruleIds(report.blockingFailures()),
                    explain(report.blockingFailures()));
        }
        request.issue(terms, caller.username(), clock.instant());
        IssuedDocuments.IssuedDocument document = documents.renderAndKeep(request, terms, caller.username(), clock.instant());
        audit.record(AuditedAction.of("REQUEST_ISSUED", REQUEST, reference).succeeded()
                .with("documentSha256", document.sha256()).with("givenOn", terms.givenOn().toString())
                .with("dueOn", terms.dueOn().toString()));
        return document;
    }

    /**
     * Stops an issued notice (R36). The recipient already holds it, so the cancellation letter telling them not to
     * comply is rendered and kept with the reason; nothing they send afterwards may be recorded against the request.
     */
    @Transactional
    public IssuedDocuments.IssuedDocument cancel(String reference, String reason) {
        String why = Reasons.require(reason);
        InformationRequest request = access.findForCaseTeam(reference, "CANCEL_REQUEST");
        request.cancel(clock.instant());
        IssuedDocuments.IssuedDocument letter = documents.renderCancellationAndKeep(request, why, caller.username(), clock.instant());
        audit.record(AuditedAction.of("REQUEST_CANCELLED", REQUEST, reference).succeeded().because(why)
                .with("sha256", letter.sha256()));
        return letter;
    }

    private LocalDate today() {
        return NewZealandTime.today(clock);
    }
}
