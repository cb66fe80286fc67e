package nz.integrity.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    @Test
    void firstEventHasSeqOneAndTheZeroPrevHash() {
        AuditEvent first = AuditChain.first(AuditFixtures.entry(1));

        assertEquals(1, first.seq());
        assertEquals("0".repeat(64), first.prevHash());
        assertEquals(AuditEvent.GENESIS_HASH, first.prevHash());
        assertTrue(first.hasValidHash());
    }

    @Test
    void aSealedEventHoldsItsEntryAndAStoredRowRebuildsAnEqualOne() {
        AuditEntry entry = AuditFixtures.entry(1);
        AuditEvent sealed = AuditChain.first(entry);
        assertSame(entry, sealed.entry());
        AuditEvent stored = new AuditEvent(sealed.seq(), sealed.occurredAt(), sealed.actor(), sealed.actorRole(),
                sealed.action(), sealed.objectType(), sealed.objectId(), sealed.outcome(), sealed.reason(),
                sealed.origin(), sealed.payload(), sealed.prevHash(), sealed.hash());
        assertEquals(sealed, stored);
        assertTrue(stored.hasValidHash());
    }

    @Test
    void eachEventLinksToThePreviousHashWithContiguousSeq() {
        List<AuditEvent> chain = AuditFixtures.chain(50);

        for (int i = 0; i < chain.size(); i++) {
            AuditEvent event = chain.get(i);
            assertEquals(i + 1, event.seq());
            assertEquals(i == 0 ? AuditEvent.GENESIS_HASH : chain.get(i - 1).hash(), event.prevHash());
            assertTrue(event.hasValidHash());
        }
    }

    @Test
    void appendingFromAHeadEqualsAppendingFromTheEvent() {
        AuditEvent first = AuditChain.first(AuditFixtures.entry(1));

        assertEquals(AuditChain.append(first, AuditFixtures.entry(2)),
                AuditChain.append(ChainHead.of(first), AuditFixtures.entry(2)));
    }

    @Test
    void sameEntryAtADifferentPositionGetsADifferentHash() {
        AuditEvent first = AuditChain.first(AuditFixtures.entry(1));
        AuditEvent repeated = AuditChain.append(first, AuditFixtures.entry(1));

        assertEquals(first.entry(), repeated.entry());
        assertNotEquals(first.hash(), repeated.hash());
    }

    @Test
    void chainHeadRejectsImpossibleHeads() {
        assertThrows(IllegalArgumentException.class, () -> new ChainHead(-1, AuditEvent.GENESIS_HASH));
        assertThrows(IllegalArgumentException.class, () -> new ChainHead(0, "a".repeat(64)));
        assertThrows(IllegalArgumentException.class, () -> new ChainHead(3, "xyz"));
    }
}
