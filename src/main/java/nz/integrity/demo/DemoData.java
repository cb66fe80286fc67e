package nz.integrity.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import nz.integrity.platform.DemoMode;
import nz.integrity.platform.security.Role;
import nz.integrity.staff.SeededAccounts;
import nz.integrity.staff.StaffDirectory;
import nz.integrity.staff.StaffMember;

import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Seeds demo accounts (passwords in the README), two regional teams with their supervisors' delegations, a few
 * clients and recipient organisations and sample cases, when demo mode is on and the database is empty.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    DemoMode demoMode;

    @Inject
    StaffDirectory directory;

    @Inject
    SeededAccounts accounts;

    @Inject
    DemoCasework casework;

    @PostConstruct
    void seedWhenDemo() {
        if (demoMode.isOn()) {
            seed();
        }
    }

    /** Idempotent: does nothing once any staff account exists. */
    public void seed() {
        if (directory.count() > 0) {
            return;
        }
        Map<DemoAccount, StaffMember> members = new EnumMap<>(DemoAccount.class);
        for (DemoAccount account : DemoAccount.values()) {
            members.put(account, accounts.create(account.username(), account.displayName(),
                    account.password().toCharArray(), account.role(), "demo data"));
        }
        casework.seed(members);
        LOG.info("Demo mode: seeded accounts, teams, delegations, clients, recipients and cases (see README)");
    }

    /** The documented demo accounts. */
    public enum DemoAccount {
        INVESTIGATOR("investigator", "Ivy Investigator", Role.INVESTIGATOR),
        SUPERVISOR("supervisor", "Sam Supervisor", Role.SUPERVISOR),
        INVESTIGATOR_SOUTH("investigator2", "Ira Investigator", Role.INVESTIGATOR),
        SUPERVISOR_SOUTH("supervisor2", "Sina Supervisor", Role.SUPERVISOR),
        REVIEWER("reviewer", "Rua Reviewer", Role.REVIEWER),
        ADMIN("admin", "Ada Administrator", Role.ADMIN),
        /** The second person of dual control (SoD-7): approves what {@link #ADMIN} asks for, and the reverse. */
        ADMIN_2("admin2", "Aperahama Administrator", Role.ADMIN);

        private final String username;
        private final String displayName;
        private final Role role;

        DemoAccount(String username, String displayName, Role role) {
            this.username = username;
            this.displayName = displayName;
            this.role = role;
        }

        public String username() {
            return username;
        }

        public String displayName() {
            return displayName;
        }

        public Role role() {
            return role;
        }

        public String password() {
            return username + "-demo-password";
        }
    }
}
