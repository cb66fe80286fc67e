package nz.integrity.request.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nz.integrity.platform.security.CallerContext;
import nz.integrity.platform.web.Formats;
import nz.integrity.platform.web.Messages;
import nz.integrity.platform.web.ServiceFeedback;
import nz.integrity.request.AlreadyDecidedException;
import nz.integrity.request.InformationRequest;
import nz.integrity.request.RequestChecks;
import nz.integrity.request.RequestDecisions;
import nz.integrity.request.RequestQueries;
import nz.integrity.request.content.RequestStatus;
import nz.integrity.request.rules.RuleResult;
import nz.integrity.platform.security.Role;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An approver's decision on a submitted request: approve with a reason for each OVERRIDE failure and an
 * acknowledgement of each warning, return for rework, or reject; each with its reason. The page asks the service
 * whether the caller is independent enough to decide (R21, R22) only to offer or explain the decision; each
 * decision is checked again by the service.
 */
@Named
@ViewScoped
public class RequestDecision implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String APPROVE = "approveForm:approveReason";

    @Inject
    transient RequestDecisions decisions;

    @Inject
    transient RequestQueries queries;

    @Inject
    transient CallerContext caller;

    @Inject
    RequestPage page;

    @Inject
    transient Formats formats;

    private String reason;
    private String alreadyDecided;
    private final Map<String, String> overrides = new HashMap<>();
    private final Map<String, Boolean> acknowledgements = new HashMap<>();
    private transient List<InformationRequest> casePlan;

    /**
     * Offered only to an independent delegated officer: the page's own check of a submitted request already has
     * the caller as approver, so its R21 and R22 results answer it. The decisions themselves check again.
     */
    public boolean isDecidable() {
        return isSupervisorReadingASubmission() && RequestChecks.independenceFailures(page.getReport()).isEmpty();
    }

    /** A supervisor who may not decide is told which rule stands in the way, instead of meeting it on submit. */
    public List<RuleResult> getIndependenceFailures() {
        return isSupervisorReadingASubmission() ? RequestChecks.independenceFailures(page.getReport()) : List.of();
    }

    private boolean isSupervisorReadingASubmission() {
        return page.getStatus() == RequestStatus.SUBMITTED && caller.hasRole(Role.SUPERVISOR) && page.getReport() != null;
    }

    /** All requests on the case, so the approver weighs this one against what else has been or will be asked. */
    public List<InformationRequest> getCasePlan() {
        if (casePlan == null) {
            casePlan = ServiceFeedback.obtain(() -> queries.casePlan(page.getReference()), Map.of()).orElse(List.of());
        }
        return casePlan;
    }

    public List<RuleResult> getOverridable() {
        return page.getReport() == null ? List.of() : page.getReport().failuresNeedingOverrideReason();
    }

    public List<RuleResult> getWarnings() {
        return page.getReport() == null ? List.of() : page.getReport().warningsNeedingAcknowledgement();
    }

    public void prepare() {
        reason = null;
        overrides.clear();
        acknowledgements.clear();
    }

    public void approve() {
        Set<String> acknowledged = acknowledgements.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        Map<String, String> given = overrides.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        decided(attemptDecision(() -> decisions.approve(page.getReference(), reason, given, acknowledged),
                Map.of("reason", APPROVE)), "request.approved");
    }

    public void returnForRework() {
        decided(attemptDecision(() -> decisions.returnForRework(page.getReference(), reason),
                Map.of("reason", "returnForm:returnReason")), "request.returned");
    }

    public void reject() {
        decided(attemptDecision(() -> decisions.reject(page.getReference(), reason),
                Map.of("reason", "rejectForm:rejectReason")), "request.rejected");
    }

    /** A decision that lost the race to another one is kept apart, so the page can say who won and offer a reload. */
    private boolean attemptDecision(Runnable decision, Map<String, String> inputsByField) {
        alreadyDecided = null;
        return ServiceFeedback.attempt(() -> {
            try {
                decision.run();
            } catch (AlreadyDecidedException e) {
                alreadyDecided = Messages.text("request.decision.alreadyDecided",
                        Messages.text("request.verdict." + e.verdict()), e.decidedBy(), formats.dateTime(e.decidedAt()));
            }
        }, inputsByField) && alreadyDecided == null;
    }

    /** Who decided this request first and when, after the caller's own decision came second; null otherwise. */
    public String getAlreadyDecided() {
        return alreadyDecided;
    }

    private void decided(boolean succeeded, String messageKey) {
        if (succeeded) {
            Messages.info(messageKey, page.getReference());
            page.refresh();
            casePlan = null;
        }
    }

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Map<String, String> getOverrides() { return overrides; }
    public Map<String, Boolean> getAcknowledgements() { return acknowledgements; }
}
