package nz.integrity.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Verifies 100,000 events through a page source that generates rows on demand, and checks that
 * the verifier pulls them strictly page by page, i.e. never needs the log in memory.
 */
class ChainVerifierStreamingTest {

    private static final int EVENTS = 100_000;
    private static final int PAGE_SIZE = 500;

    /** Plays the database: produces each page only when asked, holding just the current head. */
    private static final class GeneratingTable implements EventPageSource {
        private ChainHead head = ChainHead.GENESIS;
        private int fetches;
        private long maxOutstanding;
        private long consumedBeforeFetch = -1;

        @Override
        public List<AuditEvent> fetchAfter(long afterSeq, int maxEvents) {
            fetches++;
            // Keyset paging: each request must continue exactly where the previous page ended.
            assertEquals(head.seq(), afterSeq, "pages requested out of order");
            consumedBeforeFetch = afterSeq;
            List<AuditEvent> page = new ArrayList<>(maxEvents);
            while (page.size() < maxEvents && head.seq() < EVENTS) {
                AuditEvent event = AuditChain.append(head, AuditFixtures.entry((int) head.seq() + 1));
                page.add(event);
                head = ChainHead.of(event);
            }
            maxOutstanding = Math.max(maxOutstanding, page.size());
            return page;
        }
    }

    @Test
    void verifiesOneHundredThousandEventsPageByPage() {
        GeneratingTable table = new GeneratingTable();
        CheckpointSigner signer = new CheckpointSigner(TestKeys.fresh());

        VerificationResult firstPass = ChainVerifier.withoutTrustedKeys().verifyFromGenesis(table.eventsAfter(0, PAGE_SIZE));

        assertTrue(firstPass.isIntact(), firstPass::toString);
        assertEquals(EVENTS, firstPass.checkedToSeq());
        assertEquals(EVENTS / PAGE_SIZE + 1, table.fetches, "one fetch per page plus the empty end page");
        assertTrue(table.maxOutstanding <= PAGE_SIZE, "never more than one page in flight");
        assertEquals(EVENTS, table.consumedBeforeFetch, "last fetch came after every event was consumed");

        Checkpoint checkpoint = signer.sign(firstPass.head(), Instant.parse("2025-03-02T00:00:00Z"));
        VerificationResult secondPass = ChainVerifier.trusting(signer.publicKey())
                .verifyFromGenesis(new GeneratingTable().eventsAfter(0, PAGE_SIZE), List.of(checkpoint));

        assertTrue(secondPass.isIntact(), secondPass::toString);
        assertEquals(EVENTS, secondPass.lastAnchoredSeq());
    }
}
