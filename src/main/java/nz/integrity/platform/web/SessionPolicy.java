package nz.integrity.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Idle timeout from configuration; the page template warns a minute before it ends the session. */
@Named
@ApplicationScoped
public class SessionPolicy {

    private static final int WARNING_SECONDS = 60;

    @Inject
    @ConfigProperty(name = "app.session.idle-minutes", defaultValue = "15")
    int idleMinutes;

    public int idleSeconds() {
        return Math.max(2, idleMinutes) * 60;
    }

    /** When the browser should show the "you are about to be signed out" warning. */
    public long warnAfterMillis() {
        return (idleSeconds() - WARNING_SECONDS) * 1000L;
    }

    public long expireAfterMillis() {
        return idleSeconds() * 1000L;
    }

    public int warningSeconds() {
        return WARNING_SECONDS;
    }
}
