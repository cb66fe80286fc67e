package nz.integrity.investigation;

/**
 * The orders the case list offers. Each is backed by an index ending in the id, so any page is read by keyset
 * (where the previous page ended) instead of skipping rows.
 */
public enum CaseSort {
    NEWEST("c.id", true),
    OLDEST("c.id", false),
    REFERENCE("c.reference", false),
    RECEIVED_LATEST("c.receivedAt", true),
    STATUS("c.status", false);

    final String path;
    final boolean descending;

    CaseSort(String path, boolean descending) {
        this.path = path;
        this.descending = descending;
    }
}
