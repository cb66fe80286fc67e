package nz.integrity.audit;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Checks a stream of events against the hash chain and, optionally, against signed checkpoints.
 * Events are pulled one at a time (plus at most one look-ahead), so memory does not grow with the
 * log: pass {@link EventPageSource#eventsAfter} for a database.
 *
 * <p>What each mode can prove:
 * <ul>
 *   <li>Without checkpoints: edits without rehashing, deletions, reordering. It cannot detect a
 *       rewrite whose hashes were recomputed, nor a cut-off tail: anybody who can write the table
 *       can compute SHA-256.</li>
 *   <li>With checkpoints signed by a trusted key: additionally any rewrite at or before a
 *       checkpoint's seq and any truncation below it.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class ChainVerifier {

    private final Map<String, PublicKey> trustedKeysById;

    private ChainVerifier(Collection<PublicKey> trustedKeys) {
        Map<String, PublicKey> byId = new LinkedHashMap<>();
        for (PublicKey key : trustedKeys) {
            byId.put(Ed25519Keys.keyId(key), key);
        }
        this.trustedKeysById = Map.copyOf(byId);
    }

    /** Can verify from genesis only; every checkpoint will be reported as {@link BreakKind#SIGNATURE_INVALID}. */
    public static ChainVerifier withoutTrustedKeys() {
        return new ChainVerifier(List.of());
    }

    /**
     * Trusts checkpoints signed by any of these keys (several, to allow key rotation). Take them
     * from a copy kept apart from the database, never from the checkpoint being checked.
     */
    public static ChainVerifier trusting(Collection<PublicKey> trustedKeys) {
        if (trustedKeys == null || trustedKeys.isEmpty()) {
            throw new IllegalArgumentException("at least one trusted key is required; use withoutTrustedKeys()");
        }
        return new ChainVerifier(trustedKeys);
    }

    public static ChainVerifier trusting(PublicKey... trustedKeys) {
        return trusting(List.of(trustedKeys));
    }

    /** Verifies the whole chain from seq 1, without checkpoints. */
    public VerificationResult verifyFromGenesis(Iterator<AuditEvent> eventsInSeqOrder) {
        return verifyFromGenesis(eventsInSeqOrder, List.of());
    }

    /** Verifies the whole chain from seq 1; the hash at each checkpoint's seq must equal its head hash. */
    public VerificationResult verifyFromGenesis(Iterator<AuditEvent> eventsInSeqOrder,
            Collection<Checkpoint> checkpoints) {
        return verifyHashedFromGenesis(hashedOneByOne(eventsInSeqOrder), checkpoints);
    }

    /** As {@link #verifyFromGenesis(Iterator, Collection)}, for events already hashed (e.g. {@link ParallelHashing}). */
    public VerificationResult verifyHashedFromGenesis(Iterator<HashedEvent> eventsInSeqOrder,
            Collection<Checkpoint> checkpoints) {
        VerificationResult badSignature = firstUntrusted(checkpoints, ChainHead.GENESIS);
        if (badSignature != null) {
            return badSignature;
        }
        return walk(ChainHead.GENESIS, eventsInSeqOrder, sortedAbove(0, checkpoints));
    }

    /**
     * Incremental verification: trusts {@code start} (after checking its signature) and verifies
     * only the events after it, e.g. since last night's run. {@code eventsAfterStart} must begin
     * at {@code start.seq() + 1}. Checkpoints below {@code start} are outside this run and ignored;
     * rows at or below {@code start} are not examined at all, so run {@link #verifyFromGenesis}
     * periodically as well.
     */
    public VerificationResult verifyFromCheckpoint(Checkpoint start, Iterator<AuditEvent> eventsAfterStart,
            Collection<Checkpoint> laterCheckpoints) {
        return verifyHashedFromCheckpoint(start, hashedOneByOne(eventsAfterStart), laterCheckpoints);
    }

    /** As {@link #verifyFromCheckpoint}, for events already hashed (e.g. {@link ParallelHashing}). */
    public VerificationResult verifyHashedFromCheckpoint(Checkpoint start, Iterator<HashedEvent> eventsAfterStart,
            Collection<Checkpoint> laterCheckpoints) {
        if (start == null) {
            throw new IllegalArgumentException("start checkpoint is required; use verifyFromGenesis otherwise");
        }
        List<Checkpoint> all = new ArrayList<>(laterCheckpoints == null ? List.of() : laterCheckpoints);
        all.add(0, start);
        VerificationResult badSignature = firstUntrusted(all, start.head());
        if (badSignature != null) {
            return badSignature;
        }
        for (Checkpoint other : all) {
            if (other.seq() == start.seq() && !other.headHash().equals(start.headHash())) {
                // Two validly signed, contradicting heads: a forked chain or a misused key.
                return VerificationResult.broken(BreakKind.CHECKPOINT_MISMATCH, start.seq(), start.seq() + 1,
                        start.head(), 0, "two signed checkpoints disagree about seq " + start.seq());
            }
        }
        return walk(start.head(), eventsAfterStart, sortedAbove(start.seq(), all));
    }

    private VerificationResult firstUntrusted(Collection<Checkpoint> checkpoints, ChainHead start) {
        for (Checkpoint checkpoint : checkpoints == null ? List.<Checkpoint>of() : checkpoints) {
            PublicKey key = trustedKeysById.get(checkpoint.keyId());
            if (key == null || !checkpoint.isSignedBy(key)) {
                String why = key == null ? "key " + checkpoint.keyId() + " is not trusted" : "signature does not verify";
                // Nothing is anchored: not even a start checkpoint can be relied on now.
                return VerificationResult.broken(BreakKind.SIGNATURE_INVALID, null, start.seq() + 1, start, 0,
                        "checkpoint at seq " + checkpoint.seq() + " rejected: " + why);
            }
        }
        return null;
    }

    private static List<Checkpoint> sortedAbove(long seq, Collection<Checkpoint> checkpoints) {
        List<Checkpoint> sorted = new ArrayList<>();
        for (Checkpoint checkpoint : checkpoints == null ? List.<Checkpoint>of() : checkpoints) {
            if (checkpoint.seq() > seq) {
                sorted.add(checkpoint);
            }
        }
        sorted.sort(Comparator.comparingLong(Checkpoint::seq));
        return sorted;
    }

    /** Hashes each event as it is pulled, on the caller's thread. */
    private static Iterator<HashedEvent> hashedOneByOne(Iterator<AuditEvent> events) {
        if (events == null) {
            return null;
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return events.hasNext();
            }

            @Override
            public HashedEvent next() {
                return HashedEvent.of(events.next());
            }
        };
    }

    private static VerificationResult walk(ChainHead start, Iterator<HashedEvent> events, List<Checkpoint> checkpoints) {
        if (events == null) {
            throw new IllegalArgumentException("events are required");
        }
        Walk walk = new Walk(start, new LookAhead(events), checkpoints);
        return walk.run();
    }

    /** Mutable state of one verification run. */
    private static final class Walk {
        private final long checkedFrom;
        private final LookAhead events;
        private final List<Checkpoint> checkpoints;
        private int nextCheckpoint;
        private ChainHead head;
        private long anchored;

        Walk(ChainHead start, LookAhead events, List<Checkpoint> checkpoints) {
            this.checkedFrom = start.seq() + 1;
            this.events = events;
            this.checkpoints = checkpoints;
            this.head = start;
            this.anchored = start.seq();
        }

        VerificationResult run() {
            while (true) {
                HashedEvent event;
                try {
                    if (!events.hasNext()) {
                        return endOfChain();
                    }
                    event = events.next();
                } catch (MalformedAuditEventException e) {
                    return broken(BreakKind.MALFORMED_EVENT, expectedSeq(), e.getMessage());
                }
                VerificationResult failure = check(event);
                if (failure != null) {
                    return failure;
                }
                head = ChainHead.of(event.event());
                failure = compareWithCheckpoints();
                if (failure != null) {
                    return failure;
                }
            }
        }

        private VerificationResult check(HashedEvent hashed) {
            AuditEvent event = hashed.event();
            long expected = expectedSeq();
            if (event.seq() < expected) {
                return broken(BreakKind.REORDERED, expected, "seq " + event.seq() + " arrived where " + expected + " was due");
            }
            if (event.seq() > expected) {
                // Tells "4 is missing" from "4 comes later": 1,2,3,5,4 is a reorder, 1,2,3,5,6 a gap.
                boolean laterOneGoesBack = events.peekSeq() < event.seq();
                return laterOneGoesBack
                        ? broken(BreakKind.REORDERED, expected, "seq " + event.seq() + " arrived before " + expected)
                        : broken(BreakKind.SEQUENCE_GAP, expected, "seq " + expected + " missing; next is " + event.seq());
            }
            if (!hashed.hashValid()) {
                return broken(BreakKind.HASH_MISMATCH, expected, "stored hash does not match the content of seq " + expected);
            }
            if (!event.prevHash().equals(head.hash())) {
                return broken(BreakKind.LINK_BROKEN, expected,
                        "prev_hash of seq " + expected + " is not the hash of seq " + head.seq());
            }
            return null;
        }

        private VerificationResult compareWithCheckpoints() {
            while (nextCheckpoint < checkpoints.size() && checkpoints.get(nextCheckpoint).seq() == head.seq()) {
                Checkpoint checkpoint = checkpoints.get(nextCheckpoint++);
                if (!checkpoint.headHash().equals(head.hash())) {
                    return broken(BreakKind.CHECKPOINT_MISMATCH, head.seq(), "hash at seq " + head.seq()
                            + " differs from the signed checkpoint: a row after seq " + anchored
                            + " and up to " + head.seq() + " was altered and the chain rehashed");
                }
                anchored = head.seq();
            }
            return null;
        }

        private VerificationResult endOfChain() {
            if (nextCheckpoint < checkpoints.size()) {
                long vouched = checkpoints.get(checkpoints.size() - 1).seq();
                return broken(BreakKind.TRUNCATED_BEFORE_CHECKPOINT, expectedSeq(), "chain ends at seq " + head.seq()
                        + " but a signed checkpoint vouches for seq " + vouched);
            }
            return VerificationResult.intact(checkedFrom, head, anchored);
        }

        private long expectedSeq() {
            return head.seq() + 1;
        }

        private VerificationResult broken(BreakKind kind, long seq, String detail) {
            return VerificationResult.broken(kind, seq, checkedFrom, head, anchored, detail);
        }
    }

    /** One-element look-ahead over the caller's iterator. */
    private static final class LookAhead {
        private final Iterator<HashedEvent> source;
        private HashedEvent peeked;

        LookAhead(Iterator<HashedEvent> source) {
            this.source = source;
        }

        boolean hasNext() {
            return peeked != null || source.hasNext();
        }

        HashedEvent next() {
            if (peeked != null) {
                HashedEvent event = peeked;
                peeked = null;
                return event;
            }
            if (!source.hasNext()) {
                throw new NoSuchElementException();
            }
            return source.next();
        }

        /** Seq of the following event, or Long.MAX_VALUE when there is none or it cannot be read. */
        long peekSeq() {
            try {
                if (peeked == null && source.hasNext()) {
                    peeked = source.next();
                }
            } catch (MalformedAuditEventException unreadable) {
                return Long.MAX_VALUE;
            }
            return peeked == null ? Long.MAX_VALUE : peeked.event().seq();
        }
    }
}
