package nz.integrity.audit;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.EdECKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

/** Ed25519 operations from the JDK's own provider (Java 15+), so no crypto dependency is needed. */
public final class Ed25519Keys {

    static final String ALGORITHM = "Ed25519";

    private Ed25519Keys() {
    }

    /** First 16 hex characters of SHA-256 over the X.509 SubjectPublicKeyInfo DER encoding (44 bytes). */
    public static String keyId(PublicKey publicKey) {
        requireEd25519(publicKey);
        return AuditFormats.sha256Hex(publicKey.getEncoded()).substring(0, 16);
    }

    /** Decodes an X.509 SubjectPublicKeyInfo (DER) and insists it is Ed25519, not Ed448 or anything else. */
    public static PublicKey publicKeyFromX509(byte[] der) {
        try {
            return requireEd25519(KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der)));
        } catch (InvalidKeySpecException e) {
            throw new IllegalArgumentException("not an Ed25519 X.509 public key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JDK without Ed25519 support", e);
        }
    }

    /** Decodes a PKCS#8 PrivateKeyInfo (DER), as written by the JDK or {@code openssl genpkey -algorithm ed25519}. */
    public static PrivateKey privateKeyFromPkcs8(byte[] der) {
        try {
            return requireEd25519(KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der)));
        } catch (InvalidKeySpecException e) {
            throw new IllegalArgumentException("not an Ed25519 PKCS#8 private key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JDK without Ed25519 support", e);
        }
    }

    public static boolean sameKey(PublicKey a, PublicKey b) {
        return MessageDigest.isEqual(a.getEncoded(), b.getEncoded());
    }

    static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JDK without Ed25519 support", e);
        }
    }

    static byte[] sign(PrivateKey privateKey, byte[] message) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(message);
            return signature.sign();
        } catch (InvalidKeyException | SignatureException e) {
            throw new IllegalArgumentException("cannot sign with this key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JDK without Ed25519 support", e);
        }
    }

    static boolean verify(PublicKey publicKey, byte[] message, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(publicKey);
            signature.update(message);
            return signature.verify(signatureBytes);
        } catch (InvalidKeyException | SignatureException e) {
            return false; // a malformed signature is just an invalid one
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JDK without Ed25519 support", e);
        }
    }

    /** True when the two halves belong together; checked by signing a probe, the only way the JDK API offers. */
    static boolean isPair(PrivateKey privateKey, PublicKey publicKey) {
        byte[] probe = AuditFormats.utf8("icm.audit.key-pair-probe");
        return verify(publicKey, probe, sign(privateKey, probe));
    }

    static <K extends Key> K requireEd25519(K key) {
        if (key instanceof EdECKey edKey && ALGORITHM.equalsIgnoreCase(edKey.getParams().getName())) {
            return key;
        }
        throw new IllegalArgumentException("Ed25519 key required, got " + (key == null ? "null" : key.getAlgorithm()));
    }
}
