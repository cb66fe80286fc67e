package nz.integrity.it;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nz.integrity.audit.CheckpointKeyFiles;
import nz.integrity.demo.DemoData;
import nz.integrity.platform.security.PasswordHashing;
import nz.integrity.platform.security.Role;
import nz.integrity.staff.StaffDirectory;
import nz.integrity.staff.StaffMember;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.util.Set;

/**
 * Added to the WAR under test only. Demo mode never runs against PostgreSQL, so the suite seeds the same
 * accounts itself, plus accounts that tests may lock, all unlocked when the suite's one deployment starts. For the
 * same reason it installs a checkpoint signing key in the configured key directory, as an operator would.
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigrator", "DemoData"})
public class ItFixture {

    public static final String LOCKOUT_USER = "lockout.target";
    public static final String BASIC_LOCKOUT_USER = "basic.lockout";
    public static final String PASSWORD = "it-fixture-password";

    @EJB
    DemoData demoData;

    @Inject
    StaffDirectory directory;

    @Inject
    PasswordHashing passwords;

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "app.audit.key-dir")
    String auditKeyDirectory;

    @PostConstruct
    void seed() {
        demoData.seed();
        CheckpointKeyFiles.loadOrGenerate(Path.of(auditKeyDirectory));
        for (String username : new String[]{LOCKOUT_USER, BASIC_LOCKOUT_USER}) {
            directory.findByUsername(username).ifPresentOrElse(StaffMember::unlock,
                    () -> em.persist(new StaffMember(username, "Fixture " + username,
                            passwords.hash(PASSWORD.toCharArray()), Set.of(Role.INVESTIGATOR))));
        }
    }
}
