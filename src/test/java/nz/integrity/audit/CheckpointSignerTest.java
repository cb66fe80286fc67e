package nz.integrity.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CheckpointSignerTest {

    private static final ChainHead HEAD =
            new ChainHead(2, "2ef319b3d2c5a5095968b9fed277fc22427c4fb757eb252742431d49dcae44f8");
    private static final Instant ISSUED = Instant.parse("2025-03-01T03:00:00Z");

    /**
     * Pins the signed bytes. Cross-checked outside Java:
     * {@code openssl pkeyutl -verify -pubin -inkey pub.pem -rawin -in content.txt -sigfile sig.bin}.
     */
    @Test
    void signsTheDocumentedCanonicalContentDeterministically() {
        CheckpointSigner signer = new CheckpointSigner(TestKeys.rfc8032());

        Checkpoint checkpoint = signer.sign(HEAD, ISSUED);

        assertEquals("06e3fd8fda29bb60", signer.keyId());
        assertEquals("{\"head_hash\":\"2ef319b3d2c5a5095968b9fed277fc22427c4fb757eb252742431d49dcae44f8\","
                + "\"issued_at\":\"2025-03-01T03:00:00.000000Z\",\"key_id\":\"06e3fd8fda29bb60\",\"seq\":2,"
                + "\"type\":\"icm.audit.checkpoint.v1\"}", checkpoint.signedContent());
        assertEquals("E3mIdZIgvuBe+0TQWrEN8PRk5Vguj2QiDucD/JkxYpYM1OuFokBENY53OTH5BjUCLXm6h5SyKA92nTqjVJKCAA==",
                checkpoint.signature());
        assertEquals(HEAD, checkpoint.head());
    }

    @Test
    void keyIdIsTheStartOfTheSha256OfTheX509Encoding() {
        KeyPair pair = TestKeys.fresh();

        assertEquals(AuditFormats.sha256Hex(pair.getPublic().getEncoded()).substring(0, 16),
                Ed25519Keys.keyId(pair.getPublic()));
    }

    @Test
    void signatureVerifiesOnlyWithTheSigningKey() {
        CheckpointSigner signer = new CheckpointSigner(TestKeys.fresh());
        Checkpoint checkpoint = signer.sign(HEAD, ISSUED);

        assertTrue(checkpoint.isSignedBy(signer.publicKey()));
        assertFalse(checkpoint.isSignedBy(TestKeys.fresh().getPublic()));
        assertFalse(checkpoint.isSignedBy(null));
    }

    @Test
    void changingAnySignedFieldInvalidatesTheSignature() {
        CheckpointSigner signer = new CheckpointSigner(TestKeys.fresh());
        Checkpoint c = signer.sign(HEAD, ISSUED);

        assertFalse(new Checkpoint(c.seq() + 1, c.headHash(), c.issuedAt(), c.keyId(), c.signature())
                .isSignedBy(signer.publicKey()));
        assertFalse(new Checkpoint(c.seq(), "f".repeat(64), c.issuedAt(), c.keyId(), c.signature())
                .isSignedBy(signer.publicKey()));
        assertFalse(new Checkpoint(c.seq(), c.headHash(), c.issuedAt().plusSeconds(1), c.keyId(), c.signature())
                .isSignedBy(signer.publicKey()));
        assertFalse(new Checkpoint(c.seq(), c.headHash(), c.issuedAt(), c.keyId(), flipOneBit(c.signature()))
                .isSignedBy(signer.publicKey()));
    }

    @Test
    void truncatesIssuedAtToMicroseconds() {
        Checkpoint checkpoint = new CheckpointSigner(TestKeys.fresh())
                .sign(HEAD, Instant.parse("2025-03-01T03:00:00.123456789Z"));

        assertEquals(Instant.parse("2025-03-01T03:00:00.123456Z"), checkpoint.issuedAt());
    }

    @Test
    void refusesToCheckpointTheEmptyChain() {
        CheckpointSigner signer = new CheckpointSigner(TestKeys.fresh());

        assertThrows(IllegalArgumentException.class, () -> signer.sign(ChainHead.GENESIS, ISSUED));
    }

    @Test
    void refusesMismatchedKeyHalves() {
        KeyPair a = TestKeys.fresh();
        KeyPair b = TestKeys.fresh();

        assertThrows(IllegalArgumentException.class,
                () -> new CheckpointSigner(new KeyPair(a.getPublic(), b.getPrivate())));
    }

    @Test
    void checkpointRejectsMalformedFields() {
        Checkpoint c = new CheckpointSigner(TestKeys.fresh()).sign(HEAD, ISSUED);

        assertThrows(IllegalArgumentException.class,
                () -> new Checkpoint(0, c.headHash(), c.issuedAt(), c.keyId(), c.signature()));
        assertThrows(IllegalArgumentException.class,
                () -> new Checkpoint(c.seq(), c.headHash(), c.issuedAt(), "ABCDEF0123456789", c.signature()));
        assertThrows(IllegalArgumentException.class,
                () -> new Checkpoint(c.seq(), c.headHash(), c.issuedAt(), c.keyId(), c.signature().replace("=", "")));
        assertThrows(IllegalArgumentException.class,
                () -> new Checkpoint(c.seq(), c.headHash(), c.issuedAt(), c.keyId(),
                        Base64.getEncoder().encodeToString(new byte[63])));
    }

    static String flipOneBit(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        bytes[10] ^= 0x01;
        return Base64.getEncoder().encodeToString(bytes);
    }
}
