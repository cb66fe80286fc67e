package nz.integrity.audit;

import static nz.integrity.audit.AuditFixtures.chain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** Tampering a bare hash chain can reveal, i.e. without any checkpoint. */
class ChainVerifierTest {

    private final ChainVerifier verifier = ChainVerifier.withoutTrustedKeys();

    @Test
    void intactChainVerifiesAndReportsItsHead() {
        List<AuditEvent> events = chain(20);

        VerificationResult result = verifier.verifyFromGenesis(events.iterator());

        assertTrue(result.isIntact(), result::toString);
        assertTrue(result.breakKind().isEmpty());
        assertTrue(result.firstBrokenSeq().isEmpty());
        assertEquals(1, result.checkedFromSeq());
        assertEquals(20, result.checkedToSeq());
        assertEquals(events.get(19).hash(), result.headHash());
        assertEquals(0, result.lastAnchoredSeq(), "nothing signed vouches for these events");
    }

    @Test
    void emptyChainIsIntactWithTheGenesisHead() {
        VerificationResult result = verifier.verifyFromGenesis(Collections.emptyIterator());

        assertTrue(result.isIntact());
        assertEquals(1, result.checkedFromSeq());
        assertEquals(0, result.checkedToSeq());
        assertEquals(AuditEvent.GENESIS_HASH, result.headHash());
    }

    @Test
    void directColumnUpdateWithoutRehashIsAHashMismatch() {
        List<AuditEvent> events = new ArrayList<>(chain(10));
        events.set(4, AuditFixtures.withReason(events.get(4), "nothing to see here"));

        VerificationResult result = verifier.verifyFromGenesis(events.iterator());

        assertBreak(result, BreakKind.HASH_MISMATCH, 5);
        assertEquals(4, result.checkedToSeq());
        assertEquals(events.get(3).hash(), result.headHash());
    }

    @Test
    void updateThatRehashesOnlyTheEditedRowBreaksTheNextLink() {
        List<AuditEvent> events = new ArrayList<>(chain(10));
        AuditEvent edited = AuditFixtures.withActor(events.get(4), "someone.else");
        events.set(4, AuditFixtures.resealed(edited, edited.prevHash()));

        assertBreak(verifier.verifyFromGenesis(events.iterator()), BreakKind.LINK_BROKEN, 6);
    }

    @Test
    void deletedMiddleRowIsASequenceGap() {
        List<AuditEvent> events = new ArrayList<>(chain(10));
        events.remove(4);

        VerificationResult result = verifier.verifyFromGenesis(events.iterator());

        assertBreak(result, BreakKind.SEQUENCE_GAP, 5);
        assertEquals(4, result.checkedToSeq());
    }

    @Test
    void deletedFirstRowIsASequenceGapAtOne() {
        List<AuditEvent> events = new ArrayList<>(chain(3));
        events.remove(0);

        assertBreak(verifier.verifyFromGenesis(events.iterator()), BreakKind.SEQUENCE_GAP, 1);
    }

    @Test
    void twoSwappedRowsInTheStreamAreReordered() {
        List<AuditEvent> events = new ArrayList<>(chain(10));
        Collections.swap(events, 3, 4);

        VerificationResult result = verifier.verifyFromGenesis(events.iterator());

        assertBreak(result, BreakKind.REORDERED, 4);
        assertEquals(3, result.checkedToSeq());
    }

    @Test
    void duplicatedRowIsReordered() {
        List<AuditEvent> events = new ArrayList<>(chain(5));
        events.add(3, events.get(2));

        assertBreak(verifier.verifyFromGenesis(events.iterator()), BreakKind.REORDERED, 4);
    }

    @Test
    void swappingTheSeqValuesOfTwoStoredRowsIsDetectedAtTheFirstOfThem() {
        // In a table read ORDER BY seq, swapping seq values is how rows get reordered.
        List<AuditEvent> events = new ArrayList<>(chain(10));
        AuditEvent fourth = events.get(3);
        AuditEvent fifth = events.get(4);
        events.set(3, AuditFixtures.withSeq(fifth, 4));
        events.set(4, AuditFixtures.withSeq(fourth, 5));

        VerificationResult result = verifier.verifyFromGenesis(events.iterator());

        assertFalse(result.isIntact());
        assertEquals(4, result.firstBrokenSeq().orElseThrow());
    }

    @Test
    void truncatedTailIsNotDetectableWithoutACheckpoint() {
        // Documents the limit that checkpoints exist to close (see ChainVerifierCheckpointTest).
        List<AuditEvent> events = chain(10).subList(0, 7);

        VerificationResult result = verifier.verifyFromGenesis(events.iterator());

        assertTrue(result.isIntact());
        assertEquals(7, result.checkedToSeq());
    }

    @Test
    void forgedRowWithAllFollowingHashesRecomputedIsNotDetectableWithoutACheckpoint() {
        List<AuditEvent> forged = AuditFixtures.forgedAndRehashed(chain(20), 6,
                e -> AuditFixtures.withActor(e, "innocent.bystander"));

        VerificationResult result = verifier.verifyFromGenesis(forged.iterator());

        assertTrue(result.isIntact(), "a bare chain cannot tell a consistent rewrite from the original");
        assertEquals(20, result.checkedToSeq());
    }

    @Test
    void rowThatCannotBeReadIsReportedAsMalformedInsteadOfAborting() {
        List<AuditEvent> events = chain(5);
        Iterator<AuditEvent> failingAtFour = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < events.size();
            }

            @Override
            public AuditEvent next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (next == 3) {
                    throw new MalformedAuditEventException(4, "hash is not hex");
                }
                return events.get(next++);
            }
        };

        VerificationResult result = verifier.verifyFromGenesis(failingAtFour);

        assertBreak(result, BreakKind.MALFORMED_EVENT, 4);
        assertTrue(result.detail().contains("hash is not hex"));
    }

    @Test
    void streamMayBeConsumedPageByPageFromAPageSource() {
        List<AuditEvent> events = chain(25);
        EventPageSource table = (afterSeq, max) -> events.stream()
                .filter(e -> e.seq() > afterSeq).limit(max).toList();

        VerificationResult result = verifier.verifyFromGenesis(table.eventsAfter(0, 7));

        assertTrue(result.isIntact(), result::toString);
        assertEquals(25, result.checkedToSeq());
    }

    static void assertBreak(VerificationResult result, BreakKind kind, long seq) {
        assertFalse(result.isIntact(), "tampering not detected");
        assertEquals(kind, result.breakKind().orElseThrow(), result::toString);
        assertEquals(seq, result.firstBrokenSeq().orElseThrow(), result::toString);
    }
}
