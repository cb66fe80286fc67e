package nz.integrity.investigation;

/** Whose information a request seeks. A partner or other person needs a justification of their own (R14). */
public enum SubjectRole {
    CLIENT,
    PARTNER,
    OTHER
}
