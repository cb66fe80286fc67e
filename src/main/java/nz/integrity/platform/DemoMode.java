package nz.integrity.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Demo data only ever goes into the embedded H2 database; a real database never gets demo accounts. */
@ApplicationScoped
public class DemoMode {

    @Inject
    @ConfigProperty(name = "app.demo", defaultValue = "true")
    boolean requested;

    @Inject
    @ConfigProperty(name = "db.url")
    String databaseUrl;

    public boolean isOn() {
        return requested && databaseUrl.startsWith("jdbc:h2:");
    }
}
