package nz.integrity.audit;

import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import nz.integrity.platform.json.CanonicalJson;

/**
 * A signed statement "the chain's event {@code seq} has hash {@code headHash}". Kept outside the
 * database (e.g. shipped to a log server or handed to a reviewer), it lets a verifier detect a
 * rewritten history or a cut-off tail that a bare hash chain cannot reveal.
 *
 * <p>The signature is Ed25519 (RFC 8032, pure) over the UTF-8 bytes of {@link #signedContent()}.
 *
 * @param seq       seq of the event the checkpoint vouches for (≥ 1)
 * @param headHash  that event's hash
 * @param issuedAt  when the checkpoint was signed, UTC, microsecond precision
 * @param keyId     {@link Ed25519Keys#keyId} of the signing key
 * @param signature standard base64 (RFC 4648 §4, padded) of the 64-byte signature
 */
public record Checkpoint(long seq, String headHash, Instant issuedAt, String keyId, String signature) {

    /**
     * Part of the signed bytes so a signature over a checkpoint can never be replayed as a
     * signature over some other JSON document the same key might sign in future.
     */
    static final String SIGNED_TYPE = "icm.audit.checkpoint.v1";

    private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{16}");
    private static final int SIGNATURE_BYTES = 64;

    public Checkpoint {
        if (seq < 1) {
            throw new IllegalArgumentException("checkpoint seq must be >= 1");
        }
        AuditFormats.requireSha256Hex("head_hash", headHash);
        AuditFormats.requireMicrosecondInstant("issued_at", issuedAt);
        if (keyId == null || !KEY_ID.matcher(keyId).matches()) {
            throw new IllegalArgumentException("key_id must be 16 lower-case hex characters: " + keyId);
        }
        if (decodeSignature(signature) == null) {
            throw new IllegalArgumentException("signature must be base64 of " + SIGNATURE_BYTES + " bytes");
        }
    }

    public ChainHead head() {
        return new ChainHead(seq, headHash);
    }

    /**
     * The exact text that is signed: canonical JSON of
     * {@code {"head_hash":…,"issued_at":"…Z","key_id":…,"seq":N,"type":"icm.audit.checkpoint.v1"}}.
     */
    public String signedContent() {
        return signedContent(seq, headHash, issuedAt, keyId);
    }

    /** True when {@code publicKey} has this checkpoint's key id and its signature verifies. */
    public boolean isSignedBy(PublicKey publicKey) {
        return publicKey != null
                && keyId.equals(Ed25519Keys.keyId(publicKey))
                && Ed25519Keys.verify(publicKey, AuditFormats.utf8(signedContent()), decodeSignature(signature));
    }

    static String signedContent(long seq, String headHash, Instant issuedAt, String keyId) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("type", SIGNED_TYPE);
        content.put("seq", seq);
        content.put("head_hash", headHash);
        content.put("issued_at", AuditFormats.formatInstant(issuedAt));
        content.put("key_id", keyId);
        return CanonicalJson.write(content);
    }

    private static byte[] decodeSignature(String base64) {
        if (base64 == null) {
            return null;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(base64);
            // Re-encoding rejects alternative spellings (missing padding, non-zero trailing bits).
            return bytes.length == SIGNATURE_BYTES && Base64.getEncoder().encodeToString(bytes).equals(base64)
                    ? bytes : null;
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
