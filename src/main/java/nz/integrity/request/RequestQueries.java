package nz.integrity.request;

import nz.integrity.request.content.RequestStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nz.integrity.audit.AuditTrail;
import nz.integrity.audit.AuditedAction;
import nz.integrity.investigation.CaseService;
import nz.integrity.investigation.InvestigationCase;
import nz.integrity.platform.security.Authorization;
import nz.integrity.platform.security.CallerContext;
import nz.integrity.request.rules.CheckReport;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static nz.integrity.request.RequestService.REQUEST;

/**
 * Reading requests: one request with its checklist, its verdicts and documents, the requests on a case and the
 * approval queue. Reads write no rule evaluation; views are audited as before.
 */
@ApplicationScoped
public class RequestQueries {

    /** Statuses on the way to issue: their checklist is the live one for the next step. */
    private static final Set<RequestStatus> ON_THE_WAY = EnumSet.of(RequestStatus.DRAFT, RequestStatus.RETURNED,
            RequestStatus.SUBMITTED, RequestStatus.APPROVED, RequestStatus.EXPIRED);
    /** Statuses after issue: their checklist is the one kept when the notice was issued. */
    private static final Set<RequestStatus> ISSUED = EnumSet.of(RequestStatus.ISSUED, RequestStatus.AWAITING_RESPONSE,
            RequestStatus.RESPONSE_RECEIVED, RequestStatus.TRIAGED, RequestStatus.COMPLETE, RequestStatus.CANCELLED);

    @Inject
    RequestAccess access;

    @Inject
    RequestRepository repository;

    @Inject
    RequestChecks checks;

    @Inject
    CaseService cases;

    @Inject
    CallerContext caller;

    @Inject
    Authorization authorization;

    @Inject
    AuditTrail audit;

    @Inject
    IssuedDocuments documents;

    @Transactional
    public InformationRequest open(String reference) {
        InformationRequest request = access.findVisible(reference, "VIEW_REQUEST");
        audit.record(AuditedAction.of("REQUEST_VIEWED", REQUEST, reference).succeeded());
        return request;
    }

    /** The request page's read: the request and its checklist in one transaction, writing no evaluation. */
    @Transactional
    public CheckedRequest show(String reference) {
        InformationRequest request = open(reference);
        return new CheckedRequest(request, checklist(request), Optional.empty());
    }

    /**
     * The checklist to show beside a request: the live one while it is on its way to issue, the one kept at issue
     * afterwards (an issued request shows the check it was issued on, not a new one).
     */
    Optional<CheckReport> checklist(InformationRequest request) {
        if (ON_THE_WAY.contains(request.status())) {
            return Optional.of(checks.live(request));
        }
        return ISSUED.contains(request.status()) ? checks.keptAtIssue(request) : Optional.empty();
    }

    /** Evaluates the rules for the request's next step as of now; nothing is kept (only decisions keep theirs). */
    @Transactional
    public CheckReport check(String reference) {
        return checks.live(access.findVisible(reference, "CHECK_REQUEST"));
    }

    /** The check an issued request passed when it was issued, as kept then; empty for one issued before checks were kept. */
    @Transactional
    public Optional<CheckReport> issueTimeCheck(String reference) {
        return checks.keptAtIssue(access.findVisible(reference, "CHECK_REQUEST"));
    }

    /** The approvers' decisions on each submission, newest first: what to rework after a return. */
    @Transactional
    public List<RequestVerdict> verdicts(String reference) {
        return access.findVisible(reference, "VIEW_REQUEST_VERDICTS").verdicts().stream().map(Verdict::view).toList();
    }

    /** Requests on a case, for its page and for an approver's view of the whole-case information plan. */
    @Transactional
    public List<InformationRequest> onCase(String caseReference) {
        InvestigationCase investigationCase = cases.findVisible(caseReference, "VIEW_REQUESTS");
        return repository.onCase(investigationCase);
    }

    /**
     * Every request on the same case as this one: the whole-case information plan an approver weighs a request
     * against. Readable by whoever may read the request, so an approver from another team sees it without the case.
     */
    @Transactional
    public List<InformationRequest> casePlan(String reference) {
        InformationRequest request = access.findVisible(reference, "VIEW_CASE_PLAN");
        audit.record(AuditedAction.of("REQUEST_CASE_PLAN_VIEWED", REQUEST, reference).succeeded()
                .with("case", request.investigationCase().reference().value()));
        return repository.onCase(request.investigationCase());
    }

    /** Submitted requests the caller may decide: other teams' requests, for a supervisor with a delegation. */
    @Transactional
    public List<InformationRequest> approvalQueue() {
        if (!access.mayApprove()) {
            throw authorization.refuse("VIEW_APPROVAL_QUEUE", REQUEST, null, "needs a request-approval delegation");
        }
        Set<Long> ownTeams = access.callersTeams();
        return repository.submitted().stream()
                .filter(r -> !ownTeams.contains(r.investigationCase().team().id()))
                .filter(r -> !r.editors().contains(caller.username()))
                .toList();
    }

    /**
     * How many requests wait for the caller's decision, for the home page. A supervisor without a delegation has
     * none and is not refused: the page only asks, it does not try to open the queue.
     */
    @Transactional
    public int awaitingCallersApproval() {
        return access.mayApprove() ? approvalQueue().size() : 0;
    }

    /** The exact document that was issued; every download is audited. */
    @Transactional
    public IssuedDocuments.IssuedDocument issuedDocument(String reference) {
        InformationRequest request = access.findVisible(reference, "DOWNLOAD_NOTICE");
        IssuedDocuments.IssuedDocument document = documents.stored(request);
        audit.record(AuditedAction.of("NOTICE_DOWNLOADED", REQUEST, reference).succeeded().with("sha256", document.sha256()));
        return document;
    }

    /** The stored cancellation letter, exactly as kept; each download audited like the notice's. */
    @Transactional
    public IssuedDocuments.IssuedDocument cancellationLetter(String reference) {
        InformationRequest request = access.findVisible(reference, "DOWNLOAD_CANCELLATION");
        IssuedDocuments.IssuedDocument letter = documents.storedCancellation(request);
        audit.record(AuditedAction.of("CANCELLATION_DOWNLOADED", REQUEST, reference).succeeded().with("sha256", letter.sha256()));
        return letter;
    }
}
