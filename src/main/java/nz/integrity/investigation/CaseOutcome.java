package nz.integrity.investigation;

/** The result a supervisor decides when closing an investigation. */
public enum CaseOutcome {
    NO_OVERPAYMENT,
    OVERPAYMENT_ESTABLISHED,
    REFERRED_FOR_PROSECUTION,
    WARNING
}
