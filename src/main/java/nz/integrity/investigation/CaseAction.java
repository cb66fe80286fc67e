package nz.integrity.investigation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static nz.integrity.investigation.CaseStatus.CLOSED;
import static nz.integrity.investigation.CaseStatus.CLOSED_NO_FURTHER_ACTION;
import static nz.integrity.investigation.CaseStatus.INVESTIGATING;
import static nz.integrity.investigation.CaseStatus.INVESTIGATION_PROPOSED;
import static nz.integrity.investigation.CaseStatus.OUTCOME_PROPOSED;
import static nz.integrity.investigation.CaseStatus.REFERRAL;
import static nz.integrity.investigation.CaseStatus.REOPENED;
import static nz.integrity.investigation.CaseStatus.TRIAGE;

/**
 * Every move a case can make: where it may start, where it ends, and whether it is a supervisor's decision.
 * Suspending and resuming are separate because they remember and restore the status they interrupted.
 */
public enum CaseAction {
    START_TRIAGE(EnumSet.of(REFERRAL, REOPENED), TRIAGE, false),
    CLOSE_AT_TRIAGE(EnumSet.of(TRIAGE), CLOSED_NO_FURTHER_ACTION, false),
    PROPOSE_INVESTIGATION(EnumSet.of(TRIAGE), INVESTIGATION_PROPOSED, false),
    APPROVE_INVESTIGATION(EnumSet.of(INVESTIGATION_PROPOSED), INVESTIGATING, true),
    DECLINE_INVESTIGATION(EnumSet.of(INVESTIGATION_PROPOSED), CLOSED_NO_FURTHER_ACTION, true),
    PROPOSE_OUTCOME(EnumSet.of(INVESTIGATING), OUTCOME_PROPOSED, false),
    DECIDE_OUTCOME(EnumSet.of(OUTCOME_PROPOSED), CLOSED, true),
    RETURN_TO_INVESTIGATION(EnumSet.of(OUTCOME_PROPOSED), INVESTIGATING, true),
    RESUME_INVESTIGATION(EnumSet.of(REOPENED), INVESTIGATING, true),
    REOPEN(EnumSet.of(CLOSED, CLOSED_NO_FURTHER_ACTION), REOPENED, true),
    SUSPEND(EnumSet.complementOf(EnumSet.of(CLOSED, CLOSED_NO_FURTHER_ACTION, CaseStatus.SUSPENDED)),
            CaseStatus.SUSPENDED, false),
    RESUME(EnumSet.of(CaseStatus.SUSPENDED), null, false);

    private final Set<CaseStatus> from;
    private final CaseStatus to;
    private final boolean supervisorDecision;

    CaseAction(Set<CaseStatus> from, CaseStatus to, boolean supervisorDecision) {
        this.from = from;
        this.to = to;
        this.supervisorDecision = supervisorDecision;
    }

    public boolean isAllowedFrom(CaseStatus status) {
        return from.contains(status);
    }

    /** Empty for {@link #RESUME}, whose target is the status the case was suspended from. */
    public Optional<CaseStatus> target() {
        return Optional.ofNullable(to);
    }

    public boolean isSupervisorDecision() {
        return supervisorDecision;
    }

    /** Whether the decision records an outcome (the case's {@link InvestigationCase#decide} requires one). */
    public boolean needsOutcome() {
        return this == PROPOSE_OUTCOME || this == DECIDE_OUTCOME;
    }

    /** Whether the decision needs a date to look at the case again (a suspension does). */
    public boolean needsReviewDate() {
        return this == SUSPEND;
    }

    /** The action that moves a case from one status to another, as asked for by "target status" clients. */
    public static Optional<CaseAction> between(CaseStatus current, CaseStatus target, CaseStatus suspendedFrom) {
        if (current == CaseStatus.SUSPENDED && target == suspendedFrom) {
            return Optional.of(RESUME);
        }
        return Arrays.stream(values())
                .filter(a -> a.isAllowedFrom(current) && a.to == target)
                .findFirst();
    }

    /** The actions possible now, for offering only meaningful buttons. */
    public static Set<CaseAction> availableFrom(CaseStatus current) {
        EnumSet<CaseAction> actions = EnumSet.noneOf(CaseAction.class);
        for (CaseAction action : values()) {
            if (action.isAllowedFrom(current)) {
                actions.add(action);
            }
        }
        return actions;
    }
}
