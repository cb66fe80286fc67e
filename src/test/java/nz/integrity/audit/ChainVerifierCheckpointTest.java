package nz.integrity.audit;

import static nz.integrity.audit.AuditFixtures.chain;
import static nz.integrity.audit.ChainVerifierTest.assertBreak;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tampering that only a saved, signed checkpoint reveals, and tampering with checkpoints themselves. */
class ChainVerifierCheckpointTest {

    private static final Instant ISSUED = Instant.parse("2025-03-02T00:00:00Z");

    private final CheckpointSigner signer = new CheckpointSigner(TestKeys.fresh());
    private final ChainVerifier verifier = ChainVerifier.trusting(signer.publicKey());
    private final List<AuditEvent> original = chain(20);

    private Checkpoint checkpointAt(int seq) {
        return signer.sign(ChainHead.of(original.get(seq - 1)), ISSUED);
    }

    @Test
    void intactChainMatchesItsCheckpointsAndIsAnchoredUpToTheLastOne() {
        VerificationResult result = verifier.verifyFromGenesis(original.iterator(),
                List.of(checkpointAt(15), checkpointAt(5)));

        assertTrue(result.isIntact(), result::toString);
        assertEquals(15, result.lastAnchoredSeq());
        assertEquals(20, result.checkedToSeq());
    }

    @Test
    void forgedRowWithRecomputedHashesIsDetectedOnlyAgainstASavedCheckpoint() {
        Checkpoint savedBeforeForgery = checkpointAt(20);
        List<AuditEvent> forged = AuditFixtures.forgedAndRehashed(original, 6,
                e -> AuditFixtures.withActor(e, "innocent.bystander"));

        VerificationResult withoutCheckpoint = ChainVerifier.withoutTrustedKeys().verifyFromGenesis(forged.iterator());
        VerificationResult withCheckpoint = verifier.verifyFromGenesis(forged.iterator(), List.of(savedBeforeForgery));

        assertTrue(withoutCheckpoint.isIntact(), "not detectable from the chain alone");
        assertBreak(withCheckpoint, BreakKind.CHECKPOINT_MISMATCH, 20);
        assertEquals(0, withCheckpoint.lastAnchoredSeq(), "the forged row (seq 7) lies in (0, 20]");
    }

    @Test
    void earlierCheckpointNarrowsDownWhereTheForgeryIs() {
        List<Checkpoint> saved = List.of(checkpointAt(5), checkpointAt(10), checkpointAt(20));
        List<AuditEvent> forged = AuditFixtures.forgedAndRehashed(original, 11,
                e -> AuditFixtures.withReason(e, "rewritten"));

        VerificationResult result = verifier.verifyFromGenesis(forged.iterator(), saved);

        assertBreak(result, BreakKind.CHECKPOINT_MISMATCH, 20);
        assertEquals(10, result.lastAnchoredSeq(), "rows up to 10 still match a signed checkpoint");
    }

    @Test
    void truncatedTailIsDetectedAgainstACheckpoint() {
        List<AuditEvent> truncated = original.subList(0, 17);

        VerificationResult result = verifier.verifyFromGenesis(truncated.iterator(), List.of(checkpointAt(20)));

        assertBreak(result, BreakKind.TRUNCATED_BEFORE_CHECKPOINT, 18);
        assertEquals(17, result.checkedToSeq());
    }

    @Test
    void truncatedAndRenumberedChainIsDetectedAgainstACheckpoint() {
        // Deleting row 7 and re-sequencing/rehashing the rest leaves a consistent chain of 19.
        List<AuditEvent> withoutSeven = new ArrayList<>(original);
        withoutSeven.remove(6);
        List<AuditEvent> renumbered = new ArrayList<>();
        ChainHead head = ChainHead.GENESIS;
        for (AuditEvent event : withoutSeven) {
            AuditEvent rewritten = AuditChain.append(head, event.entry());
            renumbered.add(rewritten);
            head = ChainHead.of(rewritten);
        }

        VerificationResult bare = ChainVerifier.withoutTrustedKeys().verifyFromGenesis(renumbered.iterator());
        VerificationResult anchored = verifier.verifyFromGenesis(renumbered.iterator(), List.of(checkpointAt(20)));

        assertTrue(bare.isIntact());
        assertBreak(anchored, BreakKind.TRUNCATED_BEFORE_CHECKPOINT, 20);
    }

    @Test
    void tamperedCheckpointSignatureIsRejectedBeforeAnyEventIsRead() {
        Checkpoint genuine = checkpointAt(20);
        Checkpoint tampered = new Checkpoint(genuine.seq(), genuine.headHash(), genuine.issuedAt(), genuine.keyId(),
                CheckpointSignerTest.flipOneBit(genuine.signature()));

        VerificationResult result = verifier.verifyFromGenesis(original.iterator(), List.of(tampered));

        assertEquals(BreakKind.SIGNATURE_INVALID, result.breakKind().orElseThrow());
        assertTrue(result.firstBrokenSeq().isEmpty());
        assertEquals(0, result.checkedToSeq());
    }

    @Test
    void checkpointWhoseHeadHashWasReplacedIsRejected() {
        // An attacker who rewrote the chain cannot make the old checkpoint agree with it.
        List<AuditEvent> forged = AuditFixtures.forgedAndRehashed(original, 3, e -> AuditFixtures.withReason(e, "x"));
        Checkpoint genuine = checkpointAt(20);
        Checkpoint adjusted = new Checkpoint(20, forged.get(19).hash(), genuine.issuedAt(), genuine.keyId(),
                genuine.signature());

        VerificationResult result = verifier.verifyFromGenesis(forged.iterator(), List.of(adjusted));

        assertEquals(BreakKind.SIGNATURE_INVALID, result.breakKind().orElseThrow());
    }

    @Test
    void checkpointSignedByAnUntrustedKeyIsRejected() {
        CheckpointSigner attacker = new CheckpointSigner(TestKeys.fresh());
        List<AuditEvent> forged = AuditFixtures.forgedAndRehashed(original, 3, e -> AuditFixtures.withReason(e, "x"));
        Checkpoint attackersCheckpoint = attacker.sign(ChainHead.of(forged.get(19)), ISSUED);

        VerificationResult result = verifier.verifyFromGenesis(forged.iterator(), List.of(attackersCheckpoint));

        assertEquals(BreakKind.SIGNATURE_INVALID, result.breakKind().orElseThrow());
        assertTrue(result.detail().contains("not trusted"), result.detail());
    }

    @Test
    void verifierWithoutTrustedKeysAcceptsNoCheckpoint() {
        VerificationResult result = ChainVerifier.withoutTrustedKeys()
                .verifyFromGenesis(original.iterator(), List.of(checkpointAt(20)));

        assertEquals(BreakKind.SIGNATURE_INVALID, result.breakKind().orElseThrow());
    }

    @Test
    void oldCheckpointsRemainVerifiableAfterKeyRotation() {
        CheckpointSigner next = new CheckpointSigner(TestKeys.fresh());
        Checkpoint old = checkpointAt(10);
        Checkpoint current = next.sign(ChainHead.of(original.get(19)), ISSUED);

        VerificationResult result = ChainVerifier.trusting(signer.publicKey(), next.publicKey())
                .verifyFromGenesis(original.iterator(), List.of(old, current));

        assertTrue(result.isIntact(), result::toString);
        assertEquals(20, result.lastAnchoredSeq());
    }

    @Test
    void incrementalVerificationStartsAfterATrustedCheckpoint() {
        Checkpoint lastNight = checkpointAt(12);

        VerificationResult result = verifier.verifyFromCheckpoint(lastNight,
                original.subList(12, 20).iterator(), List.of(checkpointAt(20)));

        assertTrue(result.isIntact(), result::toString);
        assertEquals(13, result.checkedFromSeq());
        assertEquals(20, result.checkedToSeq());
        assertEquals(20, result.lastAnchoredSeq());
    }

    @Test
    void incrementalVerificationDetectsARewriteAfterTheStartCheckpoint() {
        Checkpoint lastNight = checkpointAt(12);
        List<AuditEvent> forged = AuditFixtures.forgedAndRehashed(original, 14, e -> AuditFixtures.withReason(e, "x"));

        VerificationResult result = verifier.verifyFromCheckpoint(lastNight, forged.subList(12, 20).iterator(),
                List.of(checkpointAt(20)));

        assertBreak(result, BreakKind.CHECKPOINT_MISMATCH, 20);
        assertEquals(12, result.lastAnchoredSeq());
    }

    @Test
    void incrementalVerificationDetectsARewriteThatReachesBackBeforeTheStart() {
        // Rows up to 12 rewritten: row 13 then no longer links to the signed head at 12.
        Checkpoint lastNight = checkpointAt(12);
        List<AuditEvent> forged = AuditFixtures.forgedAndRehashed(original, 4, e -> AuditFixtures.withReason(e, "x"));

        VerificationResult result = verifier.verifyFromCheckpoint(lastNight, forged.subList(12, 20).iterator(),
                List.of());

        assertBreak(result, BreakKind.LINK_BROKEN, 13);
    }

    @Test
    void contradictingSignedCheckpointsForTheStartSeqAreAMismatch() {
        Checkpoint genuine = checkpointAt(12);
        Checkpoint contradicting = signer.sign(new ChainHead(12, "a".repeat(64)), ISSUED);

        VerificationResult result = verifier.verifyFromCheckpoint(genuine, original.subList(12, 20).iterator(),
                List.of(contradicting));

        assertBreak(result, BreakKind.CHECKPOINT_MISMATCH, 12);
        assertEquals(0, result.lastAnchoredSeq(), "neither of two contradicting checkpoints can be relied on");
    }

    @Test
    void incrementalVerificationFromAForgedStartCheckpointAnchorsNothing() {
        Checkpoint genuine = checkpointAt(12);
        Checkpoint forgedStart = new Checkpoint(12, "b".repeat(64), genuine.issuedAt(), genuine.keyId(),
                genuine.signature());

        VerificationResult result = verifier.verifyFromCheckpoint(forgedStart, original.subList(12, 20).iterator(),
                List.of());

        assertEquals(BreakKind.SIGNATURE_INVALID, result.breakKind().orElseThrow());
        assertEquals(0, result.lastAnchoredSeq());
        assertEquals(12, result.checkedToSeq(), "no event was checked");
    }
}
