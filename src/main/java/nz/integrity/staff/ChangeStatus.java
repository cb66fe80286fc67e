package nz.integrity.staff;

/** A pending change waits; a second person approves or rejects it, once. */
public enum ChangeStatus {
    PENDING,
    APPROVED,
    REJECTED
}
