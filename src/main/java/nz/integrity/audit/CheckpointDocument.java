package nz.integrity.audit;

import static nz.integrity.audit.CheckpointRejectedException.Reason.KEY_MISMATCH;
import static nz.integrity.audit.CheckpointRejectedException.Reason.MALFORMED;
import static nz.integrity.audit.CheckpointRejectedException.Reason.SIGNATURE_INVALID;

import java.security.PublicKey;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nz.integrity.platform.json.CanonicalJson;

/**
 * A checkpoint together with the public key that signed it, as a self-contained JSON document a
 * reviewer can keep and verify offline. The document is canonical JSON:
 * <pre>
 * {"algorithm":"Ed25519",
 *  "checkpoint":{"head_hash":"…","issued_at":"2025-03-02T00:00:00.000000Z","key_id":"…","seq":20,"signature":"…"},
 *  "format":"icm.audit.checkpoint-export.v1",
 *  "public_key":"&lt;base64 of the X.509 SubjectPublicKeyInfo DER&gt;"}
 * </pre>
 * (shown wrapped; the real document is one line). Unknown or missing members are rejected.
 *
 * <p>The embedded key only says who <em>claims</em> to have signed. Verify with
 * {@link #verifiedAgainst(PublicKey)} and a key obtained separately whenever one is available;
 * {@link #verifiedWithEmbeddedKey()} proves only that the document is internally consistent.
 */
public record CheckpointDocument(Checkpoint checkpoint, PublicKey publicKey) {

    static final String FORMAT = "icm.audit.checkpoint-export.v1";

    private static final Set<String> DOCUMENT_MEMBERS = Set.of("algorithm", "checkpoint", "format", "public_key");
    private static final Set<String> CHECKPOINT_MEMBERS = Set.of("head_hash", "issued_at", "key_id", "seq", "signature");

    public CheckpointDocument {
        if (checkpoint == null) {
            throw new IllegalArgumentException("checkpoint is required");
        }
        Ed25519Keys.requireEd25519(publicKey);
    }

    public String toJson() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("seq", checkpoint.seq());
        body.put("head_hash", checkpoint.headHash());
        body.put("issued_at", AuditFormats.formatInstant(checkpoint.issuedAt()));
        body.put("key_id", checkpoint.keyId());
        body.put("signature", checkpoint.signature());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", FORMAT);
        document.put("algorithm", Ed25519Keys.ALGORITHM);
        document.put("checkpoint", body);
        document.put("public_key", Base64.getEncoder().encodeToString(publicKey.getEncoded()));
        return CanonicalJson.write(document);
    }

    /** Parses a document without trusting it yet; follow with one of the {@code verified…} methods. */
    public static CheckpointDocument fromJson(String json) throws CheckpointRejectedException {
        try {
            Map<?, ?> document = object(CanonicalJson.parse(json), "document", DOCUMENT_MEMBERS);
            if (!FORMAT.equals(document.get("format")) || !Ed25519Keys.ALGORITHM.equals(document.get("algorithm"))) {
                throw new IllegalArgumentException("unsupported format or algorithm");
            }
            Map<?, ?> body = object(document.get("checkpoint"), "checkpoint", CHECKPOINT_MEMBERS);
            Checkpoint checkpoint = new Checkpoint(
                    number(body.get("seq")),
                    string(body.get("head_hash"), "head_hash"),
                    instant(string(body.get("issued_at"), "issued_at")),
                    string(body.get("key_id"), "key_id"),
                    string(body.get("signature"), "signature"));
            byte[] keyBytes = Base64.getDecoder().decode(string(document.get("public_key"), "public_key"));
            return new CheckpointDocument(checkpoint, Ed25519Keys.publicKeyFromX509(keyBytes));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new CheckpointRejectedException(MALFORMED, "not a valid checkpoint export: " + e.getMessage(), e);
        }
    }

    /**
     * Returns the checkpoint if the embedded key is exactly {@code expectedKey} and the signature
     * verifies. This is the check that defeats an attacker who re-signs with a key of their own.
     */
    public Checkpoint verifiedAgainst(PublicKey expectedKey) throws CheckpointRejectedException {
        if (expectedKey == null) {
            throw new IllegalArgumentException("expected key is required; use verifiedWithEmbeddedKey() knowingly");
        }
        if (!Ed25519Keys.sameKey(publicKey, expectedKey)) {
            throw new CheckpointRejectedException(KEY_MISMATCH, "checkpoint was signed by key "
                    + Ed25519Keys.keyId(publicKey) + ", expected " + Ed25519Keys.keyId(expectedKey));
        }
        return verifiedWithEmbeddedKey();
    }

    /** Returns the checkpoint if it is validly signed by the key embedded in this same document. */
    public Checkpoint verifiedWithEmbeddedKey() throws CheckpointRejectedException {
        if (!checkpoint.isSignedBy(publicKey)) {
            throw new CheckpointRejectedException(SIGNATURE_INVALID,
                    "signature of checkpoint at seq " + checkpoint.seq() + " does not verify with key "
                            + Ed25519Keys.keyId(publicKey));
        }
        return checkpoint;
    }

    private static Map<?, ?> object(Object value, String what, Set<String> members) {
        if (!(value instanceof Map<?, ?> map) || !map.keySet().equals(members)) {
            throw new IllegalArgumentException(what + " must be an object with exactly " + members);
        }
        return map;
    }

    private static String string(Object value, String name) {
        if (!(value instanceof String s)) {
            throw new IllegalArgumentException(name + " must be a string");
        }
        return s;
    }

    private static long number(Object value) {
        if (!(value instanceof Long n)) {
            throw new IllegalArgumentException("seq must be an integer");
        }
        return n;
    }

    /** Only the exact spelling that was signed is accepted, so the document has one form. */
    private static Instant instant(String text) {
        Instant instant = Instant.parse(text);
        if (!AuditFormats.formatInstant(instant).equals(text)) {
            throw new IllegalArgumentException("issued_at must be written as uuuu-MM-ddTHH:mm:ss.SSSSSSZ: " + text);
        }
        return instant;
    }
}
