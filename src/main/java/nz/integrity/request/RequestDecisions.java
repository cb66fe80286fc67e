package nz.integrity.request;

import nz.integrity.request.content.ApprovedContentHash;
import nz.integrity.request.content.RequestStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import nz.integrity.audit.AuditTrail;
import nz.integrity.audit.AuditedAction;
import nz.integrity.platform.BusinessRuleException;
import nz.integrity.platform.Reasons;
import nz.integrity.platform.calendar.WorkingDayCalendar;
import nz.integrity.platform.security.CallerContext;
import nz.integrity.platform.time.NewZealandTime;
import nz.integrity.request.rules.CheckReport;
import nz.integrity.request.rules.Checkpoint;
import nz.integrity.request.rules.Clearance;
import nz.integrity.request.rules.OverrideReason;
import nz.integrity.request.rules.RuleResult;
import nz.integrity.staff.StaffDirectory;
import nz.integrity.staff.StaffMember;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static nz.integrity.request.RequestChecks.explain;
import static nz.integrity.request.RequestChecks.ruleIds;
import static nz.integrity.request.RequestService.REQUEST;

/**
 * An approver's decisions on a submission: approve, return for rework, reject. Each evaluates the approval
 * checkpoint with the caller as approver, keeps that one evaluation, and records the verdict (and any overrides) on
 * the request in the same transaction as its audit event. Refusals commit their audit event and evaluation only.
 */
@ApplicationScoped
public class RequestDecisions {

    @Inject
    RequestAccess access;

    @Inject
    RequestChecks checks;

    @Inject
    RequestRepository repository;

    @Inject
    CallerContext caller;

    @Inject
    AuditTrail audit;

    @Inject
    WorkingDayCalendar workingDays;

    @Inject
    StaffDirectory staff;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "app.request.approval-valid-working-days", defaultValue = "20")
    int approvalValidWorkingDays;

    /**
     * Approves the submitted content. Overrides are reasons for OVERRIDE-level failures, keyed by rule id;
     * acknowledgements name the WARN rules the approver has read.
     */
    @Transactional(dontRollbackOn = BusinessRuleException.class)
    public InformationRequest approve(String reference, String reason, Map<String, String> overrides, Set<String> acknowledgements) {
        String why = Reasons.require(reason);
        InformationRequest request = access.findForApprover(reference, "APPROVE_REQUEST");
        requireUndecided(request, "APPROVE_REQUEST");
        CheckReport report = checks.evaluate(request, Checkpoint.APPROVAL, Optional.of(caller.username()));
        checks.keep(request, report);
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
        Set<String> overridden = report.failuresNeedingOverrideReason().stream().map(RuleResult::ruleId)
                .collect(Collectors.toSet());
        Map<String, String> overrideReasons = new LinkedHashMap<>();
        recorded.stream().filter(o -> overridden.contains(o.ruleId()))
                .forEach(o -> overrideReasons.put(o.ruleId(), o.reason()));
        Map<String, String> acknowledged = new LinkedHashMap<>();
        report.warningsNeedingAcknowledgement()
                .forEach(warning -> acknowledged.put(warning.ruleId(), "acknowledged: " + warning.explanation()));
        ApprovedContentHash hash = request.approve(caller.username(), clock.instant(), expires, why, overrideReasons, acknowledged);
        writeDecision();
        audit.record(AuditedAction.of("REQUEST_APPROVED", REQUEST, reference).succeeded().because(why)
                .with("contentHash", hash.hex()).with("expiresOn", expires.toString())
                .with("overrides", String.join(",", overrides.keySet())));
        return request;
    }

    /** A refusal for want of independence commits its audit event; nothing else has changed by then. */
    @Transactional(dontRollbackOn = BusinessRuleException.class)
    public InformationRequest returnForRework(String reference, String reason) {
        String why = Reasons.require(reason);
        InformationRequest request = independentDecision(reference, "RETURN_REQUEST");
        request.returnForRework(caller.username(), clock.instant(), why);
        writeDecision();
        audit.record(AuditedAction.of("REQUEST_RETURNED", REQUEST, reference).succeeded().because(why));
        return request;
    }

    @Transactional(dontRollbackOn = BusinessRuleException.class)
    public InformationRequest reject(String reference, String reason) {
        String why = Reasons.require(reason);
        InformationRequest request = independentDecision(reference, "REJECT_REQUEST");
        request.reject(caller.username(), clock.instant(), why);
        writeDecision();
        audit.record(AuditedAction.of("REQUEST_REJECTED", REQUEST, reference).succeeded().because(why));
        return request;
    }

    /** A return or rejection needs what an approval needs of the approver (R21, R22), not of the content. */
    private InformationRequest independentDecision(String reference, String attempted) {
        InformationRequest request = access.findForApprover(reference, attempted);
        requireUndecided(request, attempted);
        CheckReport approverCheck = checks.evaluate(request, Checkpoint.APPROVAL, Optional.of(caller.username()));
        checks.keep(request, approverCheck);
        List<RuleResult> dependence = RequestChecks.independenceFailures(approverCheck);
        if (!dependence.isEmpty()) {
            audit.record(AuditedAction.of(attempted, REQUEST, reference).denied("approver not independent")
                    .with("rules", ruleIds(dependence)));
            throw new BusinessRuleException("Only an independent delegated officer decides this request:",
                    ruleIds(dependence), explain(dependence));
        }
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
        Verdict latest = request.latestVerdict().orElseThrow(() ->
                new BusinessRuleException("This request is no longer waiting for a decision; reload it to see why."));
        String decidedBy = latest.decidedBy();
        throw new AlreadyDecidedException(latest.kind().name(),
                staff.findByUsername(decidedBy).map(StaffMember::displayName).orElse(decidedBy), latest.decidedAt());
    }

    /** Writes the verdict with the request now, so a second verdict on the submission fails here, not at commit. */
    private void writeDecision() {
        try {
            repository.flush();
        } catch (PersistenceException e) {
            // The lock on the request normally serialises deciders; the verdict's key is the database's backstop.
            throw new OptimisticLockException("Another decision on this submission was recorded first.", e);
        }
    }

    private LocalDate today() {
        return NewZealandTime.today(clock);
    }
}
