package nz.integrity.request.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The stored record of one evaluation: which Code, which checkpoint, when, and every rule's result.
 *
 * @param approverId the approver at the time of evaluation; only their override reasons count
 */
public record CheckReport(
        String requestReference,
        String codeVersionId,
        Checkpoint checkpoint,
        LocalDate evaluatedOn,
        Optional<String> approverId,
        List<RuleResult> results) {

    public CheckReport {
        Objects.requireNonNull(requestReference, "requestReference");
        Objects.requireNonNull(codeVersionId, "codeVersionId");
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(evaluatedOn, "evaluatedOn");
        Objects.requireNonNull(approverId, "approverId");
        results = List.copyOf(results);
    }

    /** HARD failures: nobody can proceed past these. */
    public List<RuleResult> blockingFailures() {
        return failuresAt(RuleLevel.HARD);
    }

    /** OVERRIDE failures: the approver must record a reason for each. */
    public List<RuleResult> failuresNeedingOverrideReason() {
        return failuresAt(RuleLevel.OVERRIDE);
    }

    /** WARN failures: someone must acknowledge each. */
    public List<RuleResult> warningsNeedingAcknowledgement() {
        return failuresAt(RuleLevel.WARN);
    }

    public boolean isBlocked() {
        return !blockingFailures().isEmpty();
    }

    public Optional<RuleResult> resultOf(String ruleId) {
        return results.stream().filter(result -> result.ruleId().equals(ruleId)).findFirst();
    }

    /**
     * What remains outstanding given the override reasons and acknowledgements recorded so far.
     *
     * <p>At submission, OVERRIDE failures are listed in the report for the approver but do not hold the
     * submission up: deciding them is the approver's job. From approval on, each needs a reason recorded by
     * this report's approver; a reason recorded by anyone else (the applicant, say) does not count.
     */
    public Clearance clearance(Collection<OverrideReason> overrideReasons, Collection<String> acknowledgedWarningIds) {
        List<RuleResult> overridesWithoutReason = checkpoint == Checkpoint.SUBMISSION
                ? List.of()
                : failuresNeedingOverrideReason().stream()
                        .filter(failure -> overrideReasons.stream().noneMatch(reason -> justifies(reason, failure)))
                        .toList();
        List<RuleResult> unacknowledged = warningsNeedingAcknowledgement().stream()
                .filter(warning -> !acknowledgedWarningIds.contains(warning.ruleId()))
                .toList();
        return new Clearance(blockingFailures(), overridesWithoutReason, unacknowledged);
    }

    private boolean justifies(OverrideReason reason, RuleResult failure) {
        return reason.ruleId().equals(failure.ruleId())
                && approverId.filter(reason.recordedBy()::equals).isPresent();
    }

    private List<RuleResult> failuresAt(RuleLevel level) {
        return results.stream().filter(result -> result.failedAt(level)).toList();
    }
}
