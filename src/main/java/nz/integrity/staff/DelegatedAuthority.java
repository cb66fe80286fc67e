package nz.integrity.staff;

/** The decisions a delegation instrument can authorise a named officer to make. */
public enum DelegatedAuthority {
    APPROVE_INFORMATION_REQUEST,
    APPROVE_ELEVATED_REQUEST,
    OPEN_INVESTIGATION,
    DECIDE_OUTCOME
}
