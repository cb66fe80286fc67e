package nz.integrity.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The one account that may read {@code /metrics}: an operations scraper, not a member of staff. It lives in
 * configuration ({@code app.monitoring.password}, e.g. the environment variable {@code APP_MONITORING_PASSWORD}), not
 * in the staff table, so it can never hold a case role, and staff credentials never open the metrics. With no
 * password configured nobody reads the metrics (docs/security.md, "What is public").
 */
@ApplicationScoped
public class MonitoringAccess {

    /** The security role that web.xml requires for {@code /metrics}. */
    public static final String ROLE = "MONITORING";

    @Inject
    @ConfigProperty(name = "app.monitoring.username", defaultValue = "monitoring")
    String username;

    @Inject
    @ConfigProperty(name = "app.monitoring.password")
    Optional<String> password;

    public String username() {
        return username;
    }

    /** Whether these are the monitoring account's credentials; compared in constant time. */
    public boolean accepts(String givenUsername, String givenPassword) {
        if (password.isEmpty() || password.get().isBlank()) {
            return false;
        }
        boolean nameMatches = MessageDigest.isEqual(sha256(username), sha256(givenUsername));
        boolean passwordMatches = MessageDigest.isEqual(sha256(password.get()), sha256(givenPassword));
        return nameMatches & passwordMatches;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
