package nz.integrity.audit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 11 item 3: parallel hashing must reach exactly the verdict (kind and position) of the sequential walk. */
class ParallelHashingTest {

    private static ExecutorService pool;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(4);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    @Test
    @DisplayName("G3: an intact chain verifies in parallel to the same head as sequentially")
    void intactChain() {
        List<AuditEvent> chain = AuditFixtures.chain(2_345);
        VerificationResult parallel = parallel(rows(chain));
        assertTrue(parallel.isIntact(), parallel.toString());
        assertEquals(sequential(chain).headHash(), parallel.headHash());
        assertEquals(2_345, parallel.checkedToSeq());
    }

    @Test
    @DisplayName("G3: an edited row, a deleted row, a reordered pair and a forged-and-rehashed tail are found at their position")
    void tamperingIsFoundWhereTheSequentialWalkFindsIt() {
        List<AuditEvent> chain = AuditFixtures.chain(1_000);
        List<List<AuditEvent>> tampered = new ArrayList<>();
        List<AuditEvent> edited = new ArrayList<>(chain);
        edited.set(777, AuditFixtures.withReason(chain.get(777), "changed"));
        tampered.add(edited);
        List<AuditEvent> deleted = new ArrayList<>(chain);
        deleted.remove(450);
        tampered.add(deleted);
        List<AuditEvent> swapped = new ArrayList<>(chain);
        swapped.set(99, chain.get(100));
        swapped.set(100, chain.get(99));
        tampered.add(swapped);
        for (List<AuditEvent> events : tampered) {
            VerificationResult expected = sequential(events);
            VerificationResult actual = parallel(rows(events));
            assertEquals(expected.breakKind(), actual.breakKind(), actual.toString());
            assertEquals(expected.firstBrokenSeq(), actual.firstBrokenSeq(), actual.toString());
        }
    }

    @Test
    @DisplayName("G3: a row that cannot be an event is reported as malformed at its position")
    void malformedRow() {
        List<EventRow> rows = rows(AuditFixtures.chain(500));
        EventRow good = rows.get(321);
        rows.set(321, new EventRow(good.seq(), good.occurredAt(), good.actor(), good.actorRole(), good.action(),
                good.objectType(), good.objectId(), "MAYBE", good.reason(), good.origin(), good.payload(),
                good.prevHash(), good.hash()));
        VerificationResult result = parallel(rows);
        assertEquals(BreakKind.MALFORMED_EVENT, result.breakKind().orElseThrow());
        assertEquals(322, result.firstBrokenSeq().orElseThrow());
    }

    private static VerificationResult sequential(List<AuditEvent> events) {
        return ChainVerifier.withoutTrustedKeys().verifyFromGenesis(events.iterator());
    }

    private static VerificationResult parallel(List<EventRow> rows) {
        Iterator<List<EventRow>> batches = batches(rows, 64);
        return ChainVerifier.withoutTrustedKeys()
                .verifyHashedFromGenesis(new ParallelHashing(batches, pool, 3), List.of());
    }

    private static Iterator<List<EventRow>> batches(List<EventRow> rows, int size) {
        List<List<EventRow>> batches = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += size) {
            batches.add(rows.subList(i, Math.min(rows.size(), i + size)));
        }
        return batches.iterator();
    }

    private static List<EventRow> rows(List<AuditEvent> events) {
        List<EventRow> rows = new ArrayList<>();
        for (AuditEvent e : events) {
            rows.add(new EventRow(e.seq(), e.occurredAt().atOffset(ZoneOffset.UTC), e.actor(), e.actorRole(),
                    e.action(), e.objectType(), e.objectId(), e.outcome().name(), e.reason(), e.origin(), e.payload(),
                    e.prevHash(), e.hash()));
        }
        return rows;
    }
}
