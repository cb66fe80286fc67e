package nz.integrity.platform.security;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * A PBKDF2 hash shipped in the source ("algorithm:iterations:base64 salt:base64 key", the container's format),
 * recomputed with the JDK alone, so a test can prove it is the hash of its password at the production strength.
 */
public record ShippedPbkdf2Hash(String algorithm, int iterations, byte[] salt, byte[] key) {

    public static ShippedPbkdf2Hash parse(String encoded) {
        String[] parts = encoded.split(":");
        if (parts.length != 4) {
            throw new IllegalArgumentException("not algorithm:iterations:salt:key: " + encoded);
        }
        return new ShippedPbkdf2Hash(parts[0], Integer.parseInt(parts[1]),
                Base64.getDecoder().decode(parts[2]), Base64.getDecoder().decode(parts[3]));
    }

    public boolean isHashOf(String password) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, key.length * 8);
        byte[] computed = SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
        return MessageDigest.isEqual(computed, key);
    }
}
