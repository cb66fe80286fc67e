package nz.integrity.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import nz.integrity.audit.AuditedAction;
import nz.integrity.audit.AuditTrail;
import nz.integrity.staff.StaffMember;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides a logon attempt: checks the password, counts consecutive failures, locks the account at the limit,
 * and audits every outcome in the same transaction as the counter change.
 */
@ApplicationScoped
public class LogonService {

    static final String STAFF_MEMBER = "STAFF_MEMBER";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "app.security.max-failed-logons", defaultValue = "3")
    int maxFailedLogons;

    @Transactional
    public Optional<StaffMember> logOn(String username, char[] password) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        Optional<StaffMember> found = em.createQuery("select s from StaffMember s where s.username = :u", StaffMember.class)
                .setParameter("u", name)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            passwords.spendTimeAsIfVerifying(password);
            return refuse(AuditedAction.of("LOGON_FAILED", STAFF_MEMBER, abbreviate(name)).failed("unknown username"));
        }
        StaffMember member = found.get();
        if (!member.mayLogOn()) {
            passwords.spendTimeAsIfVerifying(password);
            return refuse(AuditedAction.of("LOGON_REFUSED", STAFF_MEMBER, name)
                    .denied(member.isLocked() ? "account locked" : "account inactive"));
        }
        if (!passwords.matches(password, member.passwordHash())) {
            boolean lockedNow = member.recordFailedLogon(clock.instant(), maxFailedLogons);
            refuse(AuditedAction.of("LOGON_FAILED", STAFF_MEMBER, name).failed("wrong password")
                    .with("consecutiveFailures", member.failedLogons()));
            if (lockedNow) {
                audit.record(AuditedAction.of("ACCOUNT_LOCKED", STAFF_MEMBER, name).succeeded()
                        .because(maxFailedLogons + " consecutive failed logons"));
            }
            return Optional.empty();
        }
        member.recordSuccessfulLogon(clock.instant());
        audit.record(AuditedAction.of("LOGON_SUCCEEDED", STAFF_MEMBER, name).succeeded().by(name));
        return Optional.of(member);
    }

    @Transactional
    public void recordLogoff(String username) {
        audit.record(AuditedAction.of("LOGGED_OFF", STAFF_MEMBER, username).succeeded());
    }

    private Optional<StaffMember> refuse(AuditedAction entry) {
        audit.record(entry);
        return Optional.empty();
    }

    /** Whatever was typed as a username is kept short in the audit trail: it may be a mistyped password. */
    private static String abbreviate(String attempted) {
        return attempted.length() <= 64 ? attempted : attempted.substring(0, 64);
    }
}
