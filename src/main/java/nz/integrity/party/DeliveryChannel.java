package nz.integrity.party;

/** How a notice reaches a recipient; the address for it must be verified before a notice can use it. */
public enum DeliveryChannel {
    EMAIL,
    POST,
    SECURE_PORTAL
}
