package nz.integrity.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import nz.integrity.platform.DemoMode;
import nz.integrity.platform.security.Role;
import nz.integrity.platform.security.PasswordHashing;
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
    PasswordHashing passwords;

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
            String hash = passwords.hashUnlessHashedAlready(account.password().toCharArray(),
                    account.hashAtDefaultStrength());
            members.put(account, accounts.createHashed(account.username(), account.displayName(), hash,
                    account.role(), "demo data"));
        }
        casework.seed(members);
        LOG.info("Demo mode: seeded accounts, teams, delegations, clients, recipients and cases (see README)");
    }

    /** The documented demo accounts. */
    public enum DemoAccount {
        INVESTIGATOR("investigator", "Ivy Investigator", Role.INVESTIGATOR,
                "PBKDF2WithHmacSHA512:210000:tE8BsO1Z2OnQe3vBImvWLVk7AanKOshFykXbLLbfd30=:"
                        + "d6rAvKwE+2wuhFBrugHuLm7v97AUM075EXRTMdRlQsK6Va8wASV4ZrBclxpNNhzwU/QRk0CLajQurN02CHqHlA=="),
        SUPERVISOR("supervisor", "Sam Supervisor", Role.SUPERVISOR,
                "PBKDF2WithHmacSHA512:210000:8HvuZsbQqn16QXoUes3MGu6a2b4X8wpxAHy63itOs60=:"
                        + "eRNkuC00RjrKH059D5csFPm6kGlUhKpIeDBAzFR1CawcLUah9EN27BCagXtmuaX7Fwn/LvbfXXx/Xf4t1iD/iw=="),
        INVESTIGATOR_SOUTH("investigator2", "Ira Investigator", Role.INVESTIGATOR,
                "PBKDF2WithHmacSHA512:210000:7rfQ3iGZ4S8S/iU2fQl+Idb5J0U2j4uxq+ScnKfMqFM=:"
                        + "o9bSN2pqWtuCCyITHg3R0mg7S9ynq7P8rDI4nfpIQwv0nkQndZzwN7ssyPIX7KBGFDboEwzcTh+iThd0jpC9Bw=="),
        SUPERVISOR_SOUTH("supervisor2", "Sina Supervisor", Role.SUPERVISOR,
                "PBKDF2WithHmacSHA512:210000:nnQN0utTSI7lA1qHpuqRfNBFJPlWJZeUkVThB/lISUk=:"
                        + "QuOGk3/4VgeAxUF4tG0oA68SXXNpD3AiV2iuVFYzeb0XGhej6Odk3Pe6SJk5iw4xCGE4Gte5xGnR2vMeajD1Xw=="),
        REVIEWER("reviewer", "Rua Reviewer", Role.REVIEWER,
                "PBKDF2WithHmacSHA512:210000:BEgQEaWBYN2mm/v2oKrvK0kI8TMgV3IUgxnickjPMbo=:"
                        + "/qAAFasZ8qOg9JC6PnwmzS/3x9usgGAu0Phb7fDnVLeVA3Ko8dK0NuJO3tcg1ykIvvQXg2sXjUcTUON5aU0IuQ=="),
        ADMIN("admin", "Ada Administrator", Role.ADMIN,
                "PBKDF2WithHmacSHA512:210000:1CnXQgserx402j+JL6J5Au47qjg+A0DICFOZbBqp/+Y=:"
                        + "06MLlq9NyQwSgz0mbdVclmKlFQZ8ExVFUKo5+wC2FXRwE69ZMw8bJhr4CvmVnsom1jwzQYuYAhMNRCrBCpNeNA=="),
        /** The second person of dual control (SoD-7): approves what {@link #ADMIN} asks for, and the reverse. */
        ADMIN_2("admin2", "Aperahama Administrator", Role.ADMIN,
                "PBKDF2WithHmacSHA512:210000:lHX3rmGcO5yWfADfSS/DbQPBTW5EXmh1s6kVbMgmT0c=:"
                        + "3LnhlTLOwuveLyB3U4x94+Hsa+V0pGxRzlFZ7+nCacBpJxU/8fWlk1GsWreOoKoErvdqaa+xTNL63sfsnlEUuA==");

        private final String username;
        private final String displayName;
        private final Role role;
        private final String hashAtDefaultStrength;

        DemoAccount(String username, String displayName, Role role, String hashAtDefaultStrength) {
            this.username = username;
            this.displayName = displayName;
            this.role = role;
            this.hashAtDefaultStrength = hashAtDefaultStrength;
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

        /**
         * The password's PBKDF2 hash at the production default (210,000 iterations), made once with the
         * container's implementation: seeding at that strength then costs no hashing at start-up (seven PBKDF2 runs
         * were the largest single item of a first start). The password is public, so a fixed salt reveals nothing;
         * {@code DemoDataTest} recomputes each hash.
         */
        String hashAtDefaultStrength() {
            return hashAtDefaultStrength;
        }
    }
}
