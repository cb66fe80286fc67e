package nz.integrity.audit;

/** Why a verification failed. */
public enum BreakKind {
    /** A row's stored hash does not match its content: a column was changed without rehashing. */
    HASH_MISMATCH,
    /** A row's prev_hash is not the previous row's hash: a neighbour was changed (and rehashed) or replaced. */
    LINK_BROKEN,
    /** A seq is missing: rows were deleted. */
    SEQUENCE_GAP,
    /** Rows arrive out of seq order or a seq repeats. */
    REORDERED,
    /** The chain ends before the seq a trusted checkpoint vouches for: the tail was cut off. */
    TRUNCATED_BEFORE_CHECKPOINT,
    /** The chain is internally consistent but differs from a trusted checkpoint: history was rewritten and rehashed. */
    CHECKPOINT_MISMATCH,
    /** A checkpoint's signature is invalid or made by a key that is not trusted; no event was checked. */
    SIGNATURE_INVALID,
    /** A row cannot be read as an event at all (e.g. seq 0, a non-hex hash). */
    MALFORMED_EVENT
}
