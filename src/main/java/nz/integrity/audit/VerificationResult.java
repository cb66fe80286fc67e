package nz.integrity.audit;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Outcome of a {@link ChainVerifier} run.
 *
 * <p>How far each number can be trusted:
 * <ul>
 *   <li>{@link #lastAnchoredSeq()}: events up to here reproduce a signed checkpoint (or are the
 *       trusted starting checkpoint). That is the only range an attacker with write access to the
 *       table cannot have rewritten unnoticed.</li>
 *   <li>{@link #checkedFromSeq()}..{@link #checkedToSeq()}: events read that passed the per-event
 *       checks (seq, hash, link). Beyond the last anchor this shows only internal consistency.</li>
 *   <li>{@link #firstBrokenSeq()}: where the break was detected. A {@link BreakKind#LINK_BROKEN} at
 *       n may mean row n-1 was altered and rehashed; a {@link BreakKind#CHECKPOINT_MISMATCH} at n means
 *       some row in ({@code lastAnchoredSeq}, n] was altered.</li>
 * </ul>
 */
public final class VerificationResult {

    private final BreakKind breakKind;
    private final Long firstBrokenSeq;
    private final long checkedFromSeq;
    private final ChainHead head;
    private final long lastAnchoredSeq;
    private final String detail;

    private VerificationResult(BreakKind breakKind, Long firstBrokenSeq, long checkedFromSeq, ChainHead head,
            long lastAnchoredSeq, String detail) {
        this.breakKind = breakKind;
        this.firstBrokenSeq = firstBrokenSeq;
        this.checkedFromSeq = checkedFromSeq;
        this.head = head;
        this.lastAnchoredSeq = lastAnchoredSeq;
        this.detail = detail;
    }

    static VerificationResult intact(long checkedFromSeq, ChainHead head, long lastAnchoredSeq) {
        String detail = "events " + checkedFromSeq + ".." + head.seq() + " verified; anchored up to seq " + lastAnchoredSeq;
        return new VerificationResult(null, null, checkedFromSeq, head, lastAnchoredSeq, detail);
    }

    static VerificationResult broken(BreakKind kind, Long firstBrokenSeq, long checkedFromSeq, ChainHead head,
            long lastAnchoredSeq, String detail) {
        return new VerificationResult(kind, firstBrokenSeq, checkedFromSeq, head, lastAnchoredSeq, detail);
    }

    public boolean isIntact() {
        return breakKind == null;
    }

    public Optional<BreakKind> breakKind() {
        return Optional.ofNullable(breakKind);
    }

    /** Empty when intact, and for {@link BreakKind#SIGNATURE_INVALID}, which stops before any event is read. */
    public OptionalLong firstBrokenSeq() {
        return firstBrokenSeq == null ? OptionalLong.empty() : OptionalLong.of(firstBrokenSeq);
    }

    public long checkedFromSeq() {
        return checkedFromSeq;
    }

    /** Last seq that passed the per-event checks; {@code checkedFromSeq() - 1} if none did. */
    public long checkedToSeq() {
        return head.seq();
    }

    /** Hash of event {@link #checkedToSeq()} (or of the starting point if no event passed). */
    public String headHash() {
        return head.hash();
    }

    public ChainHead head() {
        return head;
    }

    public long lastAnchoredSeq() {
        return lastAnchoredSeq;
    }

    /** Human-readable explanation for logs and the reviewer view. */
    public String detail() {
        return detail;
    }

    @Override
    public String toString() {
        return (isIntact() ? "INTACT" : breakKind + (firstBrokenSeq == null ? "" : " at seq " + firstBrokenSeq))
                + " [checked " + checkedFromSeq + ".." + checkedToSeq() + ", anchored to " + lastAnchoredSeq + "]: "
                + detail;
    }
}
