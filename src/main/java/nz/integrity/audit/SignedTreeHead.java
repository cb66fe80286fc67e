package nz.integrity.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A signed tree head in the C2SP signed-note checkpoint format (c2sp.org/tlog-checkpoint, c2sp.org/signed-note), so
 * that standard transparency-log tooling and a few lines of openssl can check it:
 *
 * <pre>
 * &lt;origin&gt;\n
 * &lt;tree size, decimal&gt;\n
 * &lt;root hash, standard base64&gt;\n
 * \n
 * — &lt;key name&gt; &lt;base64(key hash[4] || Ed25519 signature[64])&gt;\n
 * </pre>
 *
 * The signature covers the first three lines (the "body"), newline included. The key name is the origin; the key hash
 * is the first 4 bytes of {@code SHA-256(name || 0x0A || 0x01 || raw 32-byte public key)}.
 */
public record SignedTreeHead(String origin, long treeSize, byte[] rootHash, String signatureLine) {

    private static final String DASH = "\u2014 ";
    private static final byte ED25519_SIGNATURE_TYPE = 0x01;

    public SignedTreeHead {
        if (origin == null || origin.isBlank() || origin.contains("\n")) {
            throw new IllegalArgumentException("origin must be one non-empty line");
        }
        if (treeSize < 0 || rootHash == null || rootHash.length != 32) {
            throw new IllegalArgumentException("a tree head needs a size >= 0 and a 32-byte root");
        }
        Objects.requireNonNull(signatureLine, "signatureLine");
        rootHash = rootHash.clone();
    }

    static SignedTreeHead sign(String origin, long treeSize, byte[] rootHash, PrivateKey key, PublicKey publicKey) {
        String body = body(origin, treeSize, rootHash);
        byte[] signature = Ed25519Keys.sign(key, body.getBytes(StandardCharsets.UTF_8));
        byte[] keyHashAndSignature = new byte[4 + signature.length];
        System.arraycopy(keyHash(origin, publicKey), 0, keyHashAndSignature, 0, 4);
        System.arraycopy(signature, 0, keyHashAndSignature, 4, signature.length);
        return new SignedTreeHead(origin, treeSize, rootHash,
                DASH + origin + " " + Base64.getEncoder().encodeToString(keyHashAndSignature));
    }

    /** Parses a note; throws {@link IllegalArgumentException} on anything but exactly this format. */
    public static SignedTreeHead parse(String note) {
        String[] parts = note.split("\n", -1);
        if (parts.length != 6 || !parts[3].isEmpty() || !parts[5].isEmpty() || !parts[4].startsWith(DASH)) {
            throw new IllegalArgumentException("not a signed tree head note");
        }
        byte[] root = Base64.getDecoder().decode(parts[2]);
        return new SignedTreeHead(parts[0], Long.parseLong(parts[1]), root, parts[4]);
    }

    public String body() {
        return body(origin, treeSize, rootHash);
    }

    /** The whole note, as served and as a reviewer keeps it. */
    public String note() {
        return body() + "\n" + signatureLine + "\n";
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    /** True when the signature line names this origin, carries this key's hash and its signature verifies. */
    public boolean isSignedBy(PublicKey publicKey) {
        String[] words = signatureLine.substring(DASH.length()).split(" ");
        if (words.length != 2 || !words[0].equals(origin)) {
            return false;
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(words[1]);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return decoded.length == 68
                && MessageDigest.isEqual(Arrays.copyOf(decoded, 4), keyHash(origin, publicKey))
                && Ed25519Keys.verify(publicKey, body().getBytes(StandardCharsets.UTF_8),
                        Arrays.copyOfRange(decoded, 4, 68));
    }

    static byte[] keyHash(String name, PublicKey publicKey) {
        byte[] spki = publicKey.getEncoded();
        MessageDigest digest = AuditFormats.sha256();
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0x0A);
        digest.update(ED25519_SIGNATURE_TYPE);
        digest.update(spki, spki.length - 32, 32);     // the raw key: the last 32 bytes of the 44-byte SPKI
        return Arrays.copyOf(digest.digest(), 4);
    }

    private static String body(String origin, long treeSize, byte[] rootHash) {
        return origin + "\n" + treeSize + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedTreeHead that && note().equals(that.note());
    }

    @Override
    public int hashCode() {
        return note().hashCode();
    }

    @Override
    public String toString() {
        return note();
    }
}
