package nz.integrity.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;

/**
 * PBKDF2 hashing with the container's implementation. Hashes carry their own algorithm, iterations and salt,
 * so raising the iteration count later does not invalidate stored passwords.
 */
@ApplicationScoped
public class PasswordHashing {

    static final String ALGORITHM = "PBKDF2WithHmacSHA512";

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "app.security.pbkdf2-iterations", defaultValue = "210000")
    int iterations;

    /**
     * A hash of "decoy-password" made with the production settings (generated once with this class's parameters),
     * so a start-up at the default strength does not spend a PBKDF2 run on it; the value of the password is irrelevant,
     * only that verifying against it costs what verifying a real hash costs. {@code PasswordHashingTest} checks it.
     */
    static final String DECOY_AT_DEFAULT_STRENGTH = "PBKDF2WithHmacSHA512:210000:"
            + "N8r4OxVjnlbWRJCzJu/XbHUd23fOgaNvlbGphVtCE1I=:"
            + "54YPKvc7FwLy6EHkB2AMXbP1i30GHjd4YQGugTgjTmWbSy1vTIwsydo576awiOaMTloHV4nk4WNyfYTPRlELvw==";

    /** Verified against when the username is unknown, so timing does not reveal which usernames exist. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = hashUnlessHashedAlready("decoy-password".toCharArray(), DECOY_AT_DEFAULT_STRENGTH);
    }

    public String hash(char[] password) {
        PasswordPolicy.check(password);
        return pbkdf2.generate(password);
    }

    /**
     * {@code earlier} when it was made with the algorithm and iteration count configured now, otherwise a new hash
     * of {@code password}. For hashes shipped with the application (the documented demo passwords): at the
     * production strength they need no PBKDF2 run at start-up, and a lowered test strength still gets its own
     * cheap hash. The caller vouches that {@code earlier} is a hash of {@code password}; a test checks each one.
     */
    public String hashUnlessHashedAlready(char[] password, String earlier) {
        PasswordPolicy.check(password);
        return earlier.startsWith(ALGORITHM + ":" + iterations + ":") ? earlier : pbkdf2.generate(password);
    }

    public boolean matches(char[] password, String storedHash) {
        return pbkdf2.verify(password, storedHash);
    }

    public void spendTimeAsIfVerifying(char[] password) {
        pbkdf2.verify(password, decoy);
    }
}
