package nz.integrity.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import nz.integrity.audit.AuditTrail;
import nz.integrity.audit.AuditedAction;
import nz.integrity.investigation.CaseAccess;
import nz.integrity.investigation.CaseScope;
import nz.integrity.investigation.CaseService;
import nz.integrity.investigation.InvestigationCase;
import nz.integrity.platform.BusinessRuleException;
import nz.integrity.platform.NotFoundException;
import nz.integrity.platform.Reasons;
import nz.integrity.platform.ValidationException;
import nz.integrity.platform.calendar.WorkingDayCalendar;
import nz.integrity.platform.persistence.YearlyNumbers;
import nz.integrity.platform.security.Authorization;
import nz.integrity.platform.security.CallerContext;
import nz.integrity.platform.time.NewZealandTime;
import nz.integrity.request.content.Approval;
import nz.integrity.request.content.ApprovedContentHash;
import nz.integrity.request.content.NoticeTerms;
import nz.integrity.request.content.PurposeCode;
import nz.integrity.request.content.RequestContent;
import nz.integrity.request.content.RequestStatus;
import nz.integrity.request.rules.CheckReport;
import nz.integrity.request.rules.Checkpoint;
import nz.integrity.request.rules.Clearance;
import nz.integrity.request.rules.OverrideReason;
import nz.integrity.request.rules.RuleResult;
import nz.integrity.request.rules.RuleSet;
import nz.integrity.request.rules.RuleSetCatalogue;
import nz.integrity.staff.DelegatedAuthority;
import nz.integrity.staff.DelegationAdministration;
import nz.integrity.platform.security.Role;
import nz.integrity.staff.StaffDirectory;
import nz.integrity.staff.StaffMember;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Drafting, checking and deciding information requests. Each transition evaluates the Code's rules for its
 * checkpoint and keeps the evaluation; HARD failures refuse, OVERRIDE failures need the approver's recorded reason,
 * WARN results need acknowledgement. Approval binds to the hash of the content approved.
 */
@ApplicationScoped
public class RequestService {

    static final String REQUEST = "REQUEST";
    /** The rules about who the approver is, as opposed to what the request asks (R21 delegation, R22 independence). */
    private static final Set<String> APPROVER_RULES = Set.of("R21", "R22");

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseService cases;

    @Inject
    CaseAccess access;

    @Inject
    CallerContext caller;

    @Inject
    Authorization authorization;

    @Inject
    AuditTrail audit;

    @Inject
    YearlyNumbers numbers;

    @Inject
    RuleSetCatalogue catalogue;

    @Inject
    RequestFactsAssembler factsAssembler;

    @Inject
    RuleEvaluationLog evaluations;

    @Inject
    RequestRegistries registries;

    @Inject
    DelegationAdministration delegations;

    @Inject
    WorkingDayCalendar workingDays;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "app.request.approval-valid-working-days", defaultValue = "20")
    int approvalValidWorkingDays;

    @Inject
    @ConfigProperty(name = "app.notice.working-days-to-comply", defaultValue = "10")
    int workingDaysToComply;

    @Inject
    @ConfigProperty(name = "app.notice.manner-of-compliance",
            defaultValue = "Send copies of the documents through the secure channel named in this notice, quoting the notice reference.")
    String mannerOfCompliance;

    @Inject
    IssuedDocuments documents;

    @Inject
    StaffDirectory staff;

    @Transactional
    public InformationRequest draft(String caseReference, RequestContent content) {
        CaseScope scope = access.requireScope();
        if (!scope.investigator()) {
            throw authorization.refuse("DRAFT_REQUEST", REQUEST, caseReference, "only investigators draft requests");
        }
        // The case row lock orders this draft against a closing decision, which checks for open requests (R36).
        InvestigationCase investigationCase = cases.findVisible(caseReference, "DRAFT_REQUEST", scope, true);
        if (investigationCase.status().isClosed()) {
            throw new BusinessRuleException("A closed case takes no new requests; reopen it first.", List.of("R36"));
        }
        requirePublishedPurposes(content);
        content = registries.resolve(investigationCase, content);
        int year = today().getYear();
        String reference = String.format("REQ-%04d-%06d", year, numbers.next(YearlyNumbers.Series.REQUEST, year));
        RuleSet rules = catalogue.applicableOn(today());
        InformationRequest request = new InformationRequest(reference, investigationCase, content,
                rules.codeVersion().id(), scope.username(), clock.instant());
        em.persist(request);
        audit.record(AuditedAction.of("REQUEST_DRAFTED", REQUEST, reference).succeeded()
                .with("case", caseReference).with("type", content.type().name()));
        return request;
    }

    @Transactional
    public InformationRequest revise(String reference, RequestContent content) {
        InformationRequest request = findForCaseTeam(reference, "REVISE_REQUEST");
        requirePublishedPurposes(content);
        content = registries.resolve(request.investigationCase(), content);
        boolean voided = request.revise(content, caller.username(), clock.instant());
        audit.record(AuditedAction.of(voided ? "REQUEST_APPROVAL_VOIDED" : "REQUEST_REVISED", REQUEST, reference)
                .succeeded().with("contentVersion", request.contentVersion()));
        return request;
    }

    /** The check an issued request passed when it was issued, as kept then; empty for one issued before checks were kept. */
    @Transactional
    public Optional<CheckReport> issueTimeCheck(String reference) {
        return evaluations.last(findVisible(reference, "CHECK_REQUEST"), Checkpoint.ISSUE, catalogue);
    }

    /** Evaluates the rules for the request's next step, keeps the evaluation and returns it. */
    @Transactional
    public CheckReport check(String reference) {
        InformationRequest request = findVisible(reference, "CHECK_REQUEST");
        Checkpoint checkpoint = switch (request.status()) {
            case SUBMITTED -> Checkpoint.APPROVAL;
            case APPROVED -> Checkpoint.ISSUE;
            default -> Checkpoint.SUBMISSION;
        };
        Optional<String> approver = checkpoint == Checkpoint.APPROVAL && caller.hasRole(Role.SUPERVISOR)
                ? Optional.of(caller.username()) : Optional.empty();
        CheckReport report = evaluate(request, checkpoint, approver);
        evaluations.keep(request, report, caller.username(), clock.instant());
        return report;
    }

    @Transactional(dontRollbackOn = BusinessRuleException.class)
    public InformationRequest submit(String reference) {
        InformationRequest request = findForCaseTeam(reference, "SUBMIT_REQUEST");
        CheckReport report = evaluate(request, Checkpoint.SUBMISSION, Optional.empty());
        evaluations.keep(request, report, caller.username(), clock.instant());
        if (report.isBlocked()) {
            audit.record(AuditedAction.of("REQUEST_SUBMISSION_REFUSED", REQUEST, reference).denied("rules failed")
                    .with("rules", ruleIds(report.blockingFailures())));
            throw new BusinessRuleException("The request breaks rules that cannot be overridden:",
                    ruleIds(report.blockingFailures()), explain(report.blockingFailures()));
        }
        request.submit(clock.instant());
        audit.record(AuditedAction.of("REQUEST_SUBMITTED", REQUEST, reference).succeeded()
                .with("submission", request.submissionNumber()).with("contentHash", ApprovedContentHash.of(request.content()).hex()));
        return request;
    }

    /**
     * Approves the submitted content. Overrides are reasons for OVERRIDE-level failures, keyed by rule id;
     * acknowledgements name the WARN rules the approver has read.
     */
    @Transactional(dontRollbackOn = BusinessRuleException.class)
    public InformationRequest approve(String reference, String reason, Map<String, String> overrides, Set<String> acknowledgements) {
        String why = Reasons.require(reason);
        InformationRequest request = findForApprover(reference, "APPROVE_REQUEST");
        requireUndecided(request, "APPROVE_REQUEST");
        CheckReport report = evaluate(request, Checkpoint.APPROVAL, Optional.of(caller.username()));
        evaluations.keep(request, report, caller.username(), clock.instant());
        List<OverrideReason> recorded = overrides.entrySet().stream()
                .map(e -> new OverrideReason(e.getKey(), caller.username(), Reasons.require(e.getValue()))).toList();
        Clearance clearance = report.clearance(recorded, acknowledgements);
        if (!clearance.isClear()) {
            List<RuleResult> open = Stream.of(clearance.blocking(), clearance.overridesWithoutReason(),
                    clearance.unacknowledgedWarnings()).flatMap(List::stream).toList();
            audit.record(AuditedAction.of("REQUEST_APPROVAL_REFUSED", REQUEST, reference).denied("rules not cleared")
                    .with("rules", ruleIds(open)));
            throw new BusinessRuleException("The request cannot be approved yet:", ruleIds(open), explain(open));
        }
        LocalDate expires = workingDays.addWorkingDays(today(), approvalValidWorkingDays);
        ApprovedContentHash hash = request.approve(caller.username(), clock.instant(), expires);
        recordVerdict(request, "APPROVED", why, hash.hex());
        Set<String> overridden = report.failuresNeedingOverrideReason().stream().map(RuleResult::ruleId)
                .collect(java.util.stream.Collectors.toSet());
        for (OverrideReason override : recorded) {
            if (overridden.contains(override.ruleId())) {
                recordOverride(request, override.ruleId(), "OVERRIDE", override.reason());
            }
        }
        for (RuleResult warning : report.warningsNeedingAcknowledgement()) {
            recordOverride(request, warning.ruleId(), "ACKNOWLEDGEMENT", "acknowledged: " + warning.explanation());
        }
        audit.record(AuditedAction.of("REQUEST_APPROVED", REQUEST, reference).succeeded().because(why)
                .with("contentHash", hash.hex()).with("expiresOn", expires.toString())
                .with("overrides", String.join(",", overrides.keySet())));
        return request;
    }

    /** A refusal for want of independence commits its audit event; nothing else has changed by then. */
    @Transactional(dontRollbackOn = BusinessRuleException.class)
    public InformationRequest returnForRework(String reference, String reason) {
        return decideWithoutApproval(reference, reason, "RETURN_REQUEST", "RETURNED", InformationRequest::returnForRework);
    }

    @Transactional(dontRollbackOn = BusinessRuleException.class)
    public InformationRequest reject(String reference, String reason) {
        return decideWithoutApproval(reference, reason, "REJECT_REQUEST", "REJECTED", InformationRequest::reject);
    }

    /** A return or rejection: a verdict on the submission with its reason, and the matching status move. */
    private InformationRequest decideWithoutApproval(String reference, String reason, String attempted, String verdict,
                                                     java.util.function.BiConsumer<InformationRequest, java.time.Instant> move) {
        String why = Reasons.require(reason);
        InformationRequest request = findForApprover(reference, attempted);
        requireUndecided(request, attempted);
        CheckReport approverCheck = evaluate(request, Checkpoint.APPROVAL, Optional.of(caller.username()));
        evaluations.keep(request, approverCheck, caller.username(), clock.instant());
        List<RuleResult> dependence = independenceFailures(approverCheck);
        if (!dependence.isEmpty()) {
            audit.record(AuditedAction.of(attempted, REQUEST, reference).denied("approver not independent")
                    .with("rules", ruleIds(dependence)));
            throw new BusinessRuleException("Only an independent delegated officer decides this request:",
                    ruleIds(dependence), explain(dependence));
        }
        move.accept(request, clock.instant());
        recordVerdict(request, verdict, why, ApprovedContentHash.of(request.content()).hex());
        audit.record(AuditedAction.of("REQUEST_" + verdict, REQUEST, reference).succeeded().because(why));
        return request;
    }

    /**
     * Deciders are serialised by the lock on the request; the one who comes second finds it no longer submitted and
     * is told who decided it and when, instead of meeting the rules that now see someone else's approval.
     */
    private void requireUndecided(InformationRequest request, String attempted) {
        if (request.status() == RequestStatus.SUBMITTED) {
            return;
        }
        audit.record(AuditedAction.of(attempted, REQUEST, request.reference()).denied("already decided"));
        List<?> latest = em.createNativeQuery("select verdict, decided_by, decided_at from request_verdict "
                        + "where request_id = ?1 order by submission_number desc")
                .setParameter(1, request.id()).setMaxResults(1).getResultList();
        if (latest.isEmpty()) {
            throw new BusinessRuleException("This request is no longer waiting for a decision; reload it to see why.");
        }
        Object[] row = (Object[]) latest.get(0);
        String decidedBy = (String) row[1];
        throw new AlreadyDecidedException((String) row[0],
                staff.findByUsername(decidedBy).map(StaffMember::displayName).orElse(decidedBy), toInstant(row[2]));
    }

    /** The approver rules (R21, R22) failed in an approval-checkpoint report; returns and rejections honour them too. */
    public static List<RuleResult> independenceFailures(CheckReport approverCheck) {
        return approverCheck.results().stream().filter(RuleResult::failed)
                .filter(result -> APPROVER_RULES.contains(result.ruleId())).toList();
    }

    /**
     * Stops an issued notice (R36). The recipient already holds it, so the cancellation letter telling them not to
     * comply is rendered and kept with the reason; nothing they send afterwards may be recorded against the request.
     */
    @Transactional
    public IssuedDocuments.IssuedDocument cancel(String reference, String reason) {
        String why = Reasons.require(reason);
        InformationRequest request = findForCaseTeam(reference, "CANCEL_REQUEST");
        request.cancel(clock.instant());
        IssuedDocuments.IssuedDocument letter = documents.renderCancellationAndKeep(request, why, caller.username(), clock.instant());
        audit.record(AuditedAction.of("REQUEST_CANCELLED", REQUEST, reference).succeeded().because(why)
                .with("sha256", letter.sha256()));
        return letter;
    }

    /** The stored cancellation letter, exactly as kept; each download audited like the notice's. */
    @Transactional
    public IssuedDocuments.IssuedDocument cancellationLetter(String reference) {
        InformationRequest request = findVisible(reference, "DOWNLOAD_CANCELLATION");
        IssuedDocuments.IssuedDocument letter = documents.storedCancellation(request);
        audit.record(AuditedAction.of("CANCELLATION_DOWNLOADED", REQUEST, reference).succeeded().with("sha256", letter.sha256()));
        return letter;
    }

    /** The request on a case the caller may see; no approver's shortcut, for what only the case's people read. */
    InformationRequest findOnVisibleCase(String reference, String attempted) {
        InformationRequest request = load(reference, false);
        cases.findVisible(request.investigationCase().reference().value(), attempted);
        return request;
    }

    @Transactional
    public InformationRequest withdraw(String reference, String reason) {
        String why = Reasons.require(reason);
        InformationRequest request = findForCaseTeam(reference, "WITHDRAW_REQUEST");
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
        InformationRequest request = findForCaseTeam(reference, "ISSUE_REQUEST");
        if (request.approvalHasLapsedOn(today())) {
            request.expireApproval(clock.instant());
            audit.record(AuditedAction.of("REQUEST_APPROVAL_EXPIRED", REQUEST, reference).succeeded());
            throw new BusinessRuleException("The approval lapsed before the request was issued; it needs a new approval.",
                    List.of("R26"));
        }
        LocalDate given = today();
        NoticeTerms terms = new NoticeTerms(given, workingDays.addWorkingDays(given,
                Math.max(workingDaysToComply, nz.integrity.request.notice.StatutoryNotice.STATUTORY_MINIMUM_WORKING_DAYS)),
                mannerOfCompliance);
        String approver = request.approval().map(Approval::approverId).orElse(null);
        CheckReport report = catalogue.applicableOn(given).evaluate(factsAssembler.facts(request, Checkpoint.ISSUE, given,
                Optional.ofNullable(approver), Optional.of(terms)));
        evaluations.keep(request, report, caller.username(), clock.instant());
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

    /** The exact document that was issued; every download is audited. */
    @Transactional
    public IssuedDocuments.IssuedDocument issuedDocument(String reference) {
        InformationRequest request = findVisible(reference, "DOWNLOAD_NOTICE");
        IssuedDocuments.IssuedDocument document = documents.stored(request);
        audit.record(AuditedAction.of("NOTICE_DOWNLOADED", REQUEST, reference).succeeded().with("sha256", document.sha256()));
        return document;
    }

    @Transactional
    public InformationRequest open(String reference) {
        InformationRequest request = findVisible(reference, "VIEW_REQUEST");
        audit.record(AuditedAction.of("REQUEST_VIEWED", REQUEST, reference).succeeded());
        return request;
    }

    /** Requests on a case, for its page and for an approver's view of the whole-case information plan. */
    @Transactional
    public List<InformationRequest> onCase(String caseReference) {
        InvestigationCase investigationCase = cases.findVisible(caseReference, "VIEW_REQUESTS");
        return em.createQuery("select r from InformationRequest r where r.investigationCase = :c order by r.id",
                InformationRequest.class).setParameter("c", investigationCase).getResultList();
    }

    /**
     * Every request on the same case as this one: the whole-case information plan an approver weighs a request
     * against. Readable by whoever may read the request, so an approver from another team sees it without the case.
     */
    @Transactional
    public List<InformationRequest> casePlan(String reference) {
        InformationRequest request = findVisible(reference, "VIEW_CASE_PLAN");
        audit.record(AuditedAction.of("REQUEST_CASE_PLAN_VIEWED", REQUEST, reference).succeeded()
                .with("case", request.investigationCase().reference().value()));
        return em.createQuery("select r from InformationRequest r where r.investigationCase = :c order by r.id",
                InformationRequest.class).setParameter("c", request.investigationCase()).getResultList();
    }

    /** The approvers' decisions on each submission, newest first: what to rework after a return. */
    @Transactional
    public List<RequestVerdict> verdicts(String reference) {
        InformationRequest request = findVisible(reference, "VIEW_REQUEST_VERDICTS");
        List<?> rows = em.createNativeQuery("select submission_number, verdict, decided_by, decided_at, reason "
                + "from request_verdict where request_id = ?1 order by submission_number desc")
                .setParameter(1, request.id()).getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new RequestVerdict(((Number) row[0]).intValue(),
                (String) row[1], (String) row[2], toInstant(row[3]), (String) row[4])).toList();
    }

    private static java.time.Instant toInstant(Object timestamp) {
        if (timestamp instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (timestamp instanceof java.sql.Timestamp sql) {
            return sql.toInstant();
        }
        return (java.time.Instant) timestamp;
    }

    /** Submitted requests the caller may decide: other teams' requests, for a supervisor with a delegation. */
    @Transactional
    public List<InformationRequest> approvalQueue() {
        if (!mayApprove()) {
            throw authorization.refuse("VIEW_APPROVAL_QUEUE", REQUEST, null, "needs a request-approval delegation");
        }
        Set<Long> ownTeams = access.scopeOfCaller().map(CaseScope::teamIds).orElse(Set.of());
        return em.createQuery("select r from InformationRequest r where r.status = nz.integrity.request.content.RequestStatus.SUBMITTED "
                        + "order by r.id", InformationRequest.class).getResultList().stream()
                .filter(r -> !ownTeams.contains(r.investigationCase().team().id()))
                .filter(r -> !r.editors().contains(caller.username()))
                .toList();
    }

    /** A purpose code must be one the current Code version publishes (R01); any other code is a typing mistake. */
    private void requirePublishedPurposes(RequestContent content) {
        Set<PurposeCode> published = catalogue.applicableOn(today()).purposes().stream()
                .map(nz.integrity.request.rules.StatutoryPurpose::code).collect(java.util.stream.Collectors.toSet());
        for (PurposeCode purpose : content.purposes()) {
            if (!published.contains(purpose)) {
                throw new ValidationException("purposes", "'" + purpose + "' is not a purpose the Code publishes; use one of "
                        + published.stream().map(PurposeCode::value).sorted().toList() + ".");
            }
        }
    }

    /**
     * How many requests wait for the caller's decision, for the home page. A supervisor without a delegation has
     * none and is not refused: the page only asks, it does not try to open the queue.
     */
    @Transactional
    public int awaitingCallersApproval() {
        return mayApprove() ? approvalQueue().size() : 0;
    }

    private CheckReport evaluate(InformationRequest request, Checkpoint checkpoint, Optional<String> approver) {
        RuleSet rules = catalogue.applicableOn(today());
        return rules.evaluate(factsAssembler.facts(request, checkpoint, today(), approver));
    }

    private void recordVerdict(InformationRequest request, String verdict, String reason, String contentHash) {
        try {
            em.createNativeQuery("insert into request_verdict (request_id, submission_number, verdict, decided_by, "
                            + "decided_at, reason, content_hash) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                    .setParameter(1, request.id()).setParameter(2, request.submissionNumber()).setParameter(3, verdict)
                    .setParameter(4, caller.username())
                    .setParameter(5, java.time.OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .setParameter(6, reason).setParameter(7, contentHash)
                    .executeUpdate();
            em.flush();
        } catch (PersistenceException e) {
            // The lock on the request normally serialises deciders; the verdict's key is the database's backstop.
            throw new OptimisticLockException("Another decision on this submission was recorded first.", e);
        }
    }

    private void recordOverride(InformationRequest request, String ruleId, String kind, String reason) {
        em.createNativeQuery("insert into rule_override (request_id, submission_number, rule_id, kind, reason, recorded_by, "
                        + "recorded_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, request.id()).setParameter(2, request.submissionNumber()).setParameter(3, ruleId)
                .setParameter(4, kind).setParameter(5, reason).setParameter(6, caller.username())
                .setParameter(7, java.time.OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate();
    }

    private boolean mayApprove() {
        return caller.hasRole(Role.SUPERVISOR) && delegations.authoritiesInForce(caller.username(), today()).stream()
                .anyMatch(a -> a == DelegatedAuthority.APPROVE_INFORMATION_REQUEST || a == DelegatedAuthority.APPROVE_ELEVATED_REQUEST);
    }

    /** Reading: the case team, or a supervisor who may approve (they need the request to decide it). */
    private InformationRequest findVisible(String reference, String attempted) {
        InformationRequest request = load(reference, false);
        if (mayApprove() && request.status() != RequestStatus.DRAFT) {
            return request;
        }
        cases.findVisible(request.investigationCase().reference().value(), attempted);
        return request;
    }

    /** Changing content or withdrawing: the case team only. */
    InformationRequest findForCaseTeam(String reference, String attempted) {
        InformationRequest request = load(reference, true);
        CaseScope scope = access.requireScope();
        cases.findVisible(request.investigationCase().reference().value(), attempted, scope, false);
        if (!scope.investigator()) {
            throw authorization.refuse(attempted, REQUEST, reference, "only the investigating team changes a request");
        }
        return request;
    }

    /** Deciding: a supervisor with a delegation; independence is then checked by the rules (R21, R22). */
    private InformationRequest findForApprover(String reference, String attempted) {
        InformationRequest request = load(reference, true);
        if (!mayApprove()) {
            if (access.scopeOfCaller().map(s -> s.canSee(request.investigationCase())).orElse(false)) {
                throw authorization.refuse(attempted, REQUEST, reference, "needs a request-approval delegation");
            }
            throw new NotFoundException("No request " + reference);
        }
        return request;
    }

    private InformationRequest load(String reference, boolean forUpdate) {
        return em.createQuery("select r from InformationRequest r where r.reference = :r", InformationRequest.class)
                .setParameter("r", reference)
                .setLockMode(forUpdate ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("No request " + reference));
    }

    private LocalDate today() {
        return NewZealandTime.today(clock);
    }

    private static List<String> ruleIds(List<RuleResult> results) {
        return results.stream().map(RuleResult::ruleId).distinct().toList();
    }

    /** One line per failed rule, each a sentence that names its rule. */
    private static List<String> explain(List<RuleResult> results) {
        List<String> lines = new ArrayList<>();
        for (RuleResult result : results) {
            String explanation = result.explanation().strip();
            lines.add(result.ruleId() + " " + explanation + (explanation.endsWith(".") ? "" : "."));
        }
        return lines;
    }
}
