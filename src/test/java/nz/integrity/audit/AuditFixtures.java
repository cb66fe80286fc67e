package nz.integrity.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.UnaryOperator;

/** Builds entries, chains and tampered copies for tests. */
final class AuditFixtures {

    static final Instant T0 = Instant.parse("2025-03-01T02:03:04.000005Z");

    private AuditFixtures() {
    }

    static AuditEntry entry(int n) {
        return AuditEntry.builder()
                .occurredAt(T0.plus(Duration.ofSeconds(n)))
                .actor("investigator" + (n % 3), "INVESTIGATOR")
                .action(n % 2 == 0 ? "PERSONAL_INFO_VIEWED" : "CASE_TRANSITIONED")
                .object("CASE", "C-" + (1000 + n % 7))
                .outcome(Outcome.SUCCESS)
                .reason(n % 5 == 0 ? null : "purpose " + n)
                .origin("10.0.0." + (n % 250))
                .payload(Map.of("n", n, "note", "line1\nline2"))
                .build();
    }

    /** A valid chain of {@code size} events, seq 1..size. */
    static List<AuditEvent> chain(int size) {
        List<AuditEvent> events = new ArrayList<>(size);
        ChainHead head = ChainHead.GENESIS;
        for (int n = 1; n <= size; n++) {
            AuditEvent event = AuditChain.append(head, entry(n));
            events.add(event);
            head = ChainHead.of(event);
        }
        return events;
    }

    /** An endless-looking but lazily generated valid chain: never holds more than one event. */
    static Iterator<AuditEvent> generatedChain(long size) {
        return new Iterator<>() {
            private ChainHead head = ChainHead.GENESIS;

            @Override
            public boolean hasNext() {
                return head.seq() < size;
            }

            @Override
            public AuditEvent next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                AuditEvent event = AuditChain.append(head, entry((int) (head.seq() + 1)));
                head = ChainHead.of(event);
                return event;
            }
        };
    }

    /** Same row with one column changed, hash left as it was: a direct UPDATE. */
    static AuditEvent withReason(AuditEvent e, String reason) {
        return new AuditEvent(e.seq(), e.occurredAt(), e.actor(), e.actorRole(), e.action(), e.objectType(),
                e.objectId(), e.outcome(), reason, e.origin(), e.payload(), e.prevHash(), e.hash());
    }

    static AuditEvent withActor(AuditEvent e, String actor) {
        return new AuditEvent(e.seq(), e.occurredAt(), actor, e.actorRole(), e.action(), e.objectType(),
                e.objectId(), e.outcome(), e.reason(), e.origin(), e.payload(), e.prevHash(), e.hash());
    }

    static AuditEvent withSeq(AuditEvent e, long seq) {
        return new AuditEvent(seq, e.occurredAt(), e.actor(), e.actorRole(), e.action(), e.objectType(),
                e.objectId(), e.outcome(), e.reason(), e.origin(), e.payload(), e.prevHash(), e.hash());
    }

    /** Recomputes the hash of a (possibly altered) row as an attacker with the algorithm would. */
    static AuditEvent resealed(AuditEvent e, String prevHash) {
        return AuditEvent.seal(e.seq(), prevHash, e.entry());
    }

    /**
     * Applies {@code forgery} to the row at {@code index} and recomputes every hash from there to
     * the end, so the chain is internally consistent again.
     */
    static List<AuditEvent> forgedAndRehashed(List<AuditEvent> chain, int index, UnaryOperator<AuditEvent> forgery) {
        List<AuditEvent> forged = new ArrayList<>(chain.subList(0, index));
        String prevHash = index == 0 ? AuditEvent.GENESIS_HASH : chain.get(index - 1).hash();
        for (int i = index; i < chain.size(); i++) {
            AuditEvent original = i == index ? forgery.apply(chain.get(i)) : chain.get(i);
            AuditEvent rehashed = resealed(original, prevHash);
            forged.add(rehashed);
            prevHash = rehashed.hash();
        }
        return forged;
    }
}
