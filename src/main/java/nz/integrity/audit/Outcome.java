package nz.integrity.audit;

/** Result of the audited action, as NZISM 16.6.11.C.01 requires ("success or failure"). */
public enum Outcome {
    SUCCESS,
    FAILURE,
    /** Refused by an access or business rule, as distinct from failing while being attempted. */
    DENIED
}
