package nz.integrity.investigation;

/** How the case came in. A data match must name the legal channel it came through (for example an AISA). */
public enum ReferralSource {
    PUBLIC_ALLEGATION,
    DATA_MATCH,
    INTERNAL_REFERRAL,
    RANDOM_REVIEW
}
