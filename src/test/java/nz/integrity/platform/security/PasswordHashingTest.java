package nz.integrity.platform.security;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHashingTest {

    /**
     * The integration tests lower the iteration count through the config key (arquillian.xml) to save time; the
     * default that production runs with must stay at OWASP's figure for PBKDF2-HMAC-SHA512.
     */
    @Test
    void productionDefaultIs210000Iterations() throws NoSuchFieldException {
        ConfigProperty key = PasswordHashing.class.getDeclaredField("iterations").getAnnotation(ConfigProperty.class);
        assertEquals("app.security.pbkdf2-iterations", key.name());
        assertEquals("210000", key.defaultValue());
    }

    /** Verifying an unknown username against the shipped decoy must cost what a real production hash costs. */
    @Test
    void shippedDecoyIsAHashAtTheProductionStrength() throws GeneralSecurityException {
        ShippedPbkdf2Hash decoy = ShippedPbkdf2Hash.parse(PasswordHashing.DECOY_AT_DEFAULT_STRENGTH);
        assertEquals("PBKDF2WithHmacSHA512", decoy.algorithm());
        assertEquals(210_000, decoy.iterations());
        assertEquals(32, decoy.salt().length);
        assertEquals(64, decoy.key().length);
        assertTrue(decoy.isHashOf("decoy-password"));
    }

    @Test
    void aShippedHashAtTheConfiguredStrengthIsReusedWithoutHashing() {
        RecordingHash container = new RecordingHash();
        PasswordHashing hashing = configured(container, 210_000);

        String shipped = "PBKDF2WithHmacSHA512:210000:c2FsdA==:a2V5";
        assertEquals(shipped, hashing.hashUnlessHashedAlready("a long enough password".toCharArray(), shipped));
        assertEquals(List.of(), container.generated, "no PBKDF2 run for a shipped hash, nor for the decoy");
    }

    @Test
    void aShippedHashAtAnotherStrengthIsReplacedByANewHash() {
        RecordingHash container = new RecordingHash();
        PasswordHashing hashing = configured(container, 1_024);

        String hash = hashing.hashUnlessHashedAlready("a long enough password".toCharArray(),
                "PBKDF2WithHmacSHA512:210000:c2FsdA==:a2V5");
        assertEquals("generated:a long enough password", hash);
        assertEquals(List.of("decoy-password", "a long enough password"), container.generated);
    }

    @Test
    void theLengthRuleStillAppliesToShippedHashes() {
        PasswordHashing hashing = configured(new RecordingHash(), 210_000);
        assertThrows(IllegalArgumentException.class,
                () -> hashing.hashUnlessHashedAlready("short".toCharArray(), "PBKDF2WithHmacSHA512:210000:c2FsdA==:a2V5"));
    }

    private static PasswordHashing configured(Pbkdf2PasswordHash container, int iterations) {
        PasswordHashing hashing = new PasswordHashing();
        hashing.pbkdf2 = container;
        hashing.iterations = iterations;
        hashing.configure();
        return hashing;
    }

    /** Stands in for the container's PBKDF2: records what it was asked to hash. */
    private static final class RecordingHash implements Pbkdf2PasswordHash {
        final List<String> generated = new ArrayList<>();

        @Override
        public void initialize(Map<String, String> parameters) {
        }

        @Override
        public String generate(char[] password) {
            generated.add(new String(password));
            return "generated:" + new String(password);
        }

        @Override
        public boolean verify(char[] password, String hashedPassword) {
            return hashedPassword.equals("generated:" + new String(password));
        }
    }
}
