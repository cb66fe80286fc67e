package nz.integrity.audit;

/**
 * Appends entries to a chain. Pure function of (head, entry): the caller owns the head and must
 * make appends strictly sequential (e.g. one transaction holding a lock on the head row, with
 * unique constraints on {@code seq} and {@code prev_hash}), otherwise two writers fork the chain.
 */
public final class AuditChain {

    private AuditChain() {
    }

    /** The event that follows {@code head}; {@code ChainHead.GENESIS} gives seq 1. */
    public static AuditEvent append(ChainHead head, AuditEntry entry) {
        if (head == null || entry == null) {
            throw new IllegalArgumentException("head and entry are required");
        }
        return AuditEvent.seal(Math.addExact(head.seq(), 1), head.hash(), entry);
    }

    /** The event that follows {@code previous}. */
    public static AuditEvent append(AuditEvent previous, AuditEntry entry) {
        if (previous == null) {
            throw new IllegalArgumentException("previous event is required; use ChainHead.GENESIS for the first");
        }
        return append(ChainHead.of(previous), entry);
    }

    /** The first event of a new chain. */
    public static AuditEvent first(AuditEntry entry) {
        return append(ChainHead.GENESIS, entry);
    }
}
