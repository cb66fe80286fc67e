package nz.integrity.investigation;

/** The triage decision on received material (R33): within what was asked for, or not. */
public enum EvidenceScope {
    IN_SCOPE,
    OUT_OF_SCOPE
}
