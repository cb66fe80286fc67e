package nz.integrity.audit;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;

/**
 * A signed key hand-over: the retiring checkpoint key vouches for its successor, so a reviewer who trusts the old key
 * (by its published fingerprint) can trust the new one without a new out-of-band exchange. A C2SP-style signed note,
 * signed by the <em>old</em> key with the same key-hash rule as {@link SignedTreeHead}:
 *
 * <pre>
 * icm.audit.key-handover.v1\n
 * old SHA256:&lt;hex of SHA-256(old SPKI DER)&gt;\n
 * new SHA256:&lt;hex of SHA-256(new SPKI DER)&gt;\n
 * \n
 * — &lt;origin&gt; &lt;base64(old key hash[4] || Ed25519 signature[64])&gt;\n
 * </pre>
 */
public record KeyHandover(String oldFingerprint, String newFingerprint, String signatureLine, String origin) {

    static final String TYPE = "icm.audit.key-handover.v1";
    private static final String DASH = "\u2014 ";

    /** Signs the hand-over from {@code retiring} to {@code successor}. */
    public static KeyHandover sign(String origin, KeyPair retiring, PublicKey successor) {
        String oldFingerprint = fingerprint(retiring.getPublic());
        String newFingerprint = fingerprint(successor);
        byte[] signature = Ed25519Keys.sign(retiring.getPrivate(), body(oldFingerprint, newFingerprint)
                .getBytes(StandardCharsets.UTF_8));
        byte[] keyHashAndSignature = new byte[68];
        System.arraycopy(SignedTreeHead.keyHash(origin, retiring.getPublic()), 0, keyHashAndSignature, 0, 4);
        System.arraycopy(signature, 0, keyHashAndSignature, 4, 64);
        return new KeyHandover(oldFingerprint, newFingerprint,
                DASH + origin + " " + Base64.getEncoder().encodeToString(keyHashAndSignature), origin);
    }

    public static KeyHandover parse(String note) {
        String[] parts = note.split("\n", -1);
        if (parts.length != 6 || !parts[0].equals(TYPE) || !parts[1].startsWith("old ") || !parts[2].startsWith("new ")
                || !parts[3].isEmpty() || !parts[4].startsWith(DASH) || !parts[5].isEmpty()) {
            throw new IllegalArgumentException("not a key hand-over note");
        }
        String origin = parts[4].substring(DASH.length()).split(" ")[0];
        return new KeyHandover(parts[1].substring(4), parts[2].substring(4), parts[4], origin);
    }

    /** {@code SHA256:<hex>} of the SubjectPublicKeyInfo DER, as operators publish it. */
    public static String fingerprint(PublicKey key) {
        return "SHA256:" + AuditFormats.sha256Hex(key.getEncoded());
    }

    public String note() {
        return body(oldFingerprint, newFingerprint) + "\n" + signatureLine + "\n";
    }

    /** True when {@code oldKey} is the key named as old, signed this note, and {@code newKey} is the one named new. */
    public boolean handsOver(PublicKey oldKey, PublicKey newKey) {
        if (!fingerprint(oldKey).equals(oldFingerprint) || !fingerprint(newKey).equals(newFingerprint)) {
            return false;
        }
        String[] words = signatureLine.substring(DASH.length()).split(" ");
        byte[] decoded;
        try {
            decoded = words.length == 2 ? Base64.getDecoder().decode(words[1]) : new byte[0];
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return decoded.length == 68
                && Arrays.equals(Arrays.copyOf(decoded, 4), SignedTreeHead.keyHash(words[0], oldKey))
                && Ed25519Keys.verify(oldKey, body(oldFingerprint, newFingerprint).getBytes(StandardCharsets.UTF_8),
                        Arrays.copyOfRange(decoded, 4, 68));
    }

    private static String body(String oldFingerprint, String newFingerprint) {
        return TYPE + "\nold " + oldFingerprint + "\nnew " + newFingerprint + "\n";
    }
}
