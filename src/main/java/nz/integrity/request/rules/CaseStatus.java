package nz.integrity.request.rules;

/**
 * The case lifecycle states of domain §9.1, as the rules see them. The case module owns the case lifecycle;
 * it maps its own status onto this when it builds {@link RequestFacts}.
 */
public enum CaseStatus {
    REFERRAL_RECEIVED,
    TRIAGE,
    NO_FURTHER_ACTION,
    REFERRED_OTHER,
    INVESTIGATION_PROPOSED,
    INVESTIGATING,
    CLIENT_ENGAGEMENT,
    ASSESSMENT,
    OUTCOME_PROPOSED,
    OUTCOME_DECIDED,
    SUSPENDED,
    CLOSED
}
