package nz.integrity.party;

/**
 * Kinds of organisation a third-party notice can go to. The Code limits what may be asked of each kind
 * ("specified groups"), so the allowed categories hang off this type in the versioned category matrix.
 */
public enum RecipientType {
    BANK,
    EMPLOYER,
    LANDLORD_PROPERTY_MANAGER,
    UTILITY,
    TELCO,
    GOVERNMENT_AGENCY,
    SCHOOL,
    OTHER
}
