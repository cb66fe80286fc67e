package nz.integrity.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import nz.integrity.audit.CheckpointRejectedException.Reason;
import nz.integrity.platform.json.CanonicalJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckpointDocumentTest {

    private static final Instant ISSUED = Instant.parse("2025-03-01T03:00:00Z");

    private final CheckpointSigner signer = new CheckpointSigner(TestKeys.fresh());
    private final List<AuditEvent> chain = AuditFixtures.chain(20);
    private final Checkpoint checkpoint = signer.sign(ChainHead.of(chain.get(19)), ISSUED);
    private final String exported = new CheckpointDocument(checkpoint, signer.publicKey()).toJson();

    @Test
    void exportHasTheDocumentedCanonicalLayout() {
        CheckpointSigner rfcSigner = new CheckpointSigner(TestKeys.rfc8032());
        Checkpoint golden = rfcSigner.sign(
                new ChainHead(2, "2ef319b3d2c5a5095968b9fed277fc22427c4fb757eb252742431d49dcae44f8"), ISSUED);

        assertEquals("{\"algorithm\":\"Ed25519\",\"checkpoint\":{"
                + "\"head_hash\":\"2ef319b3d2c5a5095968b9fed277fc22427c4fb757eb252742431d49dcae44f8\","
                + "\"issued_at\":\"2025-03-01T03:00:00.000000Z\",\"key_id\":\"06e3fd8fda29bb60\",\"seq\":2,"
                + "\"signature\":\"E3mIdZIgvuBe+0TQWrEN8PRk5Vguj2QiDucD/JkxYpYM1OuFokBENY53OTH5BjUCLXm6h5SyKA92nTqjVJKCAA==\"},"
                + "\"format\":\"icm.audit.checkpoint-export.v1\","
                + "\"public_key\":\"MCowBQYDK2VwAyEA11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=\"}",
                new CheckpointDocument(golden, rfcSigner.publicKey()).toJson());
    }

    @Test
    void roundTripsAndVerifiesAgainstTheExpectedKey() throws CheckpointRejectedException {
        CheckpointDocument imported = CheckpointDocument.fromJson(exported);

        assertEquals(checkpoint, imported.verifiedAgainst(signer.publicKey()));
        assertTrue(CanonicalJson.isCanonical(exported));
    }

    @Test
    void reviewerCanVerifyTheLogOfflineWithTheirSavedCopy() throws CheckpointRejectedException {
        String reviewersCopy = exported;
        List<AuditEvent> laterForged = AuditFixtures.forgedAndRehashed(chain, 9,
                e -> AuditFixtures.withReason(e, "purpose changed after the fact"));

        Checkpoint trusted = CheckpointDocument.fromJson(reviewersCopy).verifiedAgainst(signer.publicKey());
        VerificationResult result = ChainVerifier.trusting(signer.publicKey())
                .verifyFromGenesis(laterForged.iterator(), List.of(trusted));

        assertEquals(BreakKind.CHECKPOINT_MISMATCH, result.breakKind().orElseThrow());
    }

    @Test
    void documentFromADifferentKeyIsRejectedAsKeyMismatch() {
        PublicKey trustedButDifferent = TestKeys.fresh().getPublic();

        CheckpointRejectedException e = assertThrows(CheckpointRejectedException.class,
                () -> CheckpointDocument.fromJson(exported).verifiedAgainst(trustedButDifferent));

        assertEquals(Reason.KEY_MISMATCH, e.reason());
    }

    @Test
    void attackerResigningWithTheirOwnKeyFailsAgainstTheExpectedKeyOnly() throws CheckpointRejectedException {
        CheckpointSigner attacker = new CheckpointSigner(TestKeys.fresh());
        List<AuditEvent> forged = AuditFixtures.forgedAndRehashed(chain, 2, e -> AuditFixtures.withReason(e, "x"));
        String substituted = new CheckpointDocument(attacker.sign(ChainHead.of(forged.get(19)), ISSUED),
                attacker.publicKey()).toJson();
        CheckpointDocument imported = CheckpointDocument.fromJson(substituted);

        CheckpointRejectedException e = assertThrows(CheckpointRejectedException.class,
                () -> imported.verifiedAgainst(signer.publicKey()));

        assertEquals(Reason.KEY_MISMATCH, e.reason());
        // Why the expected key matters: on its own, the substituted document is self-consistent.
        assertEquals(forged.get(19).hash(), imported.verifiedWithEmbeddedKey().headHash());
    }

    @Test
    void tamperedSignatureIsRejected() throws CheckpointRejectedException {
        String tampered = exported.replace(checkpoint.signature(),
                CheckpointSignerTest.flipOneBit(checkpoint.signature()));
        CheckpointDocument imported = CheckpointDocument.fromJson(tampered);

        assertEquals(Reason.SIGNATURE_INVALID, assertThrows(CheckpointRejectedException.class,
                () -> imported.verifiedAgainst(signer.publicKey())).reason());
        assertEquals(Reason.SIGNATURE_INVALID, assertThrows(CheckpointRejectedException.class,
                imported::verifiedWithEmbeddedKey).reason());
    }

    @Test
    void editedHeadHashOrSeqIsRejected() throws CheckpointRejectedException {
        String otherHash = exported.replace(checkpoint.headHash(), chain.get(18).hash());
        String otherSeq = exported.replace("\"seq\":20", "\"seq\":19");

        for (String edited : List.of(otherHash, otherSeq)) {
            CheckpointDocument imported = CheckpointDocument.fromJson(edited);
            assertEquals(Reason.SIGNATURE_INVALID, assertThrows(CheckpointRejectedException.class,
                    () -> imported.verifiedAgainst(signer.publicKey())).reason());
        }
    }

    @Test
    void keyIdThatDoesNotBelongToTheEmbeddedKeyIsRejected() throws CheckpointRejectedException {
        CheckpointDocument imported = CheckpointDocument.fromJson(exported.replace(checkpoint.keyId(), "0123456789abcdef"));

        assertEquals(Reason.SIGNATURE_INVALID,
                assertThrows(CheckpointRejectedException.class, imported::verifiedWithEmbeddedKey).reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "not json",
        "{}",
        "{\"algorithm\":\"Ed25519\",\"checkpoint\":{},\"format\":\"icm.audit.checkpoint-export.v1\",\"public_key\":\"\"}"
    })
    void nonDocumentsAreMalformed(String json) {
        assertEquals(Reason.MALFORMED,
                assertThrows(CheckpointRejectedException.class, () -> CheckpointDocument.fromJson(json)).reason());
    }

    @Test
    void unknownFormatExtraMembersAndOtherSpellingsAreMalformed() {
        List<String> variants = List.of(
                exported.replace("checkpoint-export.v1", "checkpoint-export.v2"),
                exported.replace("\"algorithm\":\"Ed25519\"", "\"algorithm\":\"Ed448\""),
                exported.replace("{\"algorithm\"", "{\"comment\":\"hi\",\"algorithm\""),
                exported.replace("\"seq\":20", "\"seq\":\"20\""),
                exported.replace(".000000Z", "Z"));

        for (String variant : variants) {
            assertEquals(Reason.MALFORMED, assertThrows(CheckpointRejectedException.class,
                    () -> CheckpointDocument.fromJson(variant), variant).reason());
        }
    }

    @Test
    void embeddedKeyMustBeEd25519() throws Exception {
        PublicKey ed448 = KeyPairGenerator.getInstance("Ed448").generateKeyPair().getPublic();
        String withEd448 = exported.replaceFirst("\"public_key\":\"[^\"]+\"",
                "\"public_key\":\"" + Base64.getEncoder().encodeToString(ed448.getEncoded()) + "\"");

        assertEquals(Reason.MALFORMED, assertThrows(CheckpointRejectedException.class,
                () -> CheckpointDocument.fromJson(withEd448)).reason());
    }
}
