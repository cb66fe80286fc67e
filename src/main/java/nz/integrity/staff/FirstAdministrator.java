package nz.integrity.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import nz.integrity.platform.security.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * A real database starts with no accounts. When it is empty and a bootstrap password is configured, this creates
 * the first administrator, who then creates everyone else. The password should be removed from the environment
 * once the administrator has signed in.
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigrator", "DemoData"})
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    StaffDirectory directory;

    @Inject
    SeededAccounts accounts;

    @Inject
    @ConfigProperty(name = "app.bootstrap.admin.username", defaultValue = "admin")
    String username;

    @Inject
    @ConfigProperty(name = "app.bootstrap.admin.password")
    Optional<String> password;

    @PostConstruct
    void createWhenNoStaffExist() {
        if (directory.count() > 0) {
            return;
        }
        if (password.isEmpty()) {
            LOG.warning("No staff accounts exist. Set APP_BOOTSTRAP_ADMIN_PASSWORD (12+ characters) and restart "
                    + "to create the first administrator.");
            return;
        }
        accounts.create(username, "Administrator", password.get().toCharArray(), Role.ADMIN,
                "first administrator from bootstrap configuration");
        LOG.info(() -> "Created the first administrator '" + username + "'; remove APP_BOOTSTRAP_ADMIN_PASSWORD now.");
    }
}
