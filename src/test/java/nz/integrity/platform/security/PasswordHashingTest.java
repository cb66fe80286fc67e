package nz.integrity.platform.security;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
