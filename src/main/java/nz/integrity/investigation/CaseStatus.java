package nz.integrity.investigation;

/** Where a case is in its lifecycle (domain brief section 9.1, as agreed for this release). */
public enum CaseStatus {
    REFERRAL,
    TRIAGE,
    CLOSED_NO_FURTHER_ACTION,
    INVESTIGATION_PROPOSED,
    INVESTIGATING,
    OUTCOME_PROPOSED,
    CLOSED,
    SUSPENDED,
    REOPENED;

    public boolean isClosed() {
        return this == CLOSED || this == CLOSED_NO_FURTHER_ACTION;
    }

    /** Statuses from which a case can be put on hold: open work, not already on hold. */
    public boolean canBeSuspended() {
        return !isClosed() && this != SUSPENDED;
    }
}
