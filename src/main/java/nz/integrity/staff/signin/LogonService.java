package nz.integrity.staff.signin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import nz.integrity.audit.AuditedAction;
import nz.integrity.audit.AuditTrail;
import nz.integrity.platform.security.CallerContext;
import nz.integrity.platform.security.PasswordHashing;
import nz.integrity.platform.security.Role;
import nz.integrity.platform.security.SourceThrottle;
import nz.integrity.platform.security.VerifiedCredentials;
import nz.integrity.staff.StaffMember;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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
    CallerContext caller;

    @Inject
    SourceThrottle throttle;

    @Inject
    @ConfigProperty(name = "app.security.max-failed-logons", defaultValue = "3")
    int maxFailedLogons;

    /** How long an API client's verified credentials are taken without a new password hash; 0 switches it off. */
    @Inject
    @ConfigProperty(name = "app.security.api-credential-cache-seconds", defaultValue = "120")
    long apiCredentialCacheSeconds;

    /** What a full API sign-in verified, re-checked against the account on every use. */
    private record Verified(String passwordHash, Set<Role> roles) {
    }

    private VerifiedCredentials<Verified> recentlyVerified;

    @PostConstruct
    void rememberApiSignIns() {
        recentlyVerified = new VerifiedCredentials<>(Duration.ofSeconds(apiCredentialCacheSeconds), clock);
    }

    /**
     * An HTTP Basic call: the same sign-in as {@link #logOn}, except that credentials fully verified less than the
     * cache period ago are taken without a new password hash, account lock, counter update or sign-in event, as
     * long as the account still may sign in with that password hash and those roles. Anything else (a changed or
     * reset password, a lock, a deactivation, new roles, a throttled source) drops the entry and takes the full,
     * audited path. Only successes are remembered, so every failure is still counted and audited.
     */
    @Transactional
    public Optional<StaffMember> logOnApi(String username, char[] password) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (throttle.waitFor(caller.origin()).isEmpty()) {
            Optional<Verified> remembered = recentlyVerified.find(name, password);
            if (remembered.isPresent()) {
                Optional<StaffMember> unchanged = em.createQuery("select s from StaffMember s where s.username = :u",
                                StaffMember.class)
                        .setParameter("u", name).getResultStream().findFirst()
                        .filter(member -> member.mayLogOn() && !member.mustChangePassword()
                                && member.passwordHash().equals(remembered.get().passwordHash())
                                && member.roles().equals(remembered.get().roles()));
                if (unchanged.isPresent()) {
                    return unchanged;
                }
                recentlyVerified.forget(name, password);
            }
        }
        Optional<StaffMember> signedIn = logOn(username, password);
        signedIn.filter(member -> !member.mustChangePassword()).ifPresent(member ->
                recentlyVerified.remember(name, password, new Verified(member.passwordHash(), Set.copyOf(member.roles()))));
        return signedIn;
    }

    /**
     * The password is verified before the account row is locked: PBKDF2 takes a noticeable time, and holding the
     * row lock through it made concurrent sign-ins of one account time out on the lock (a 500 on H2). The lock is
     * taken only to update the counters, and the state is re-read under it.
     */
    @Transactional
    public Optional<StaffMember> logOn(String username, char[] password) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        String source = caller.origin();
        Optional<Duration> wait = throttle.waitFor(source);
        if (wait.isPresent()) {
            return refuse(AuditedAction.of("LOGON_THROTTLED", STAFF_MEMBER, abbreviate(name))
                    .denied("too many failed sign-ins from this address")
                    .with("retryAfterSeconds", Math.max(1, wait.get().toSeconds())));
        }
        Optional<StaffMember> found = em.createQuery("select s from StaffMember s where s.username = :u", StaffMember.class)
                .setParameter("u", name)
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            passwords.spendTimeAsIfVerifying(password);
            throttle.failed(source);
            return refuse(AuditedAction.of("LOGON_FAILED", STAFF_MEMBER, abbreviate(name)).failed("unknown username"));
        }
        StaffMember member = found.get();
        String verifiedHash = member.passwordHash();
        boolean matches = member.mayLogOn() ? passwords.matches(password, verifiedHash)
                : spendTimeAndRefuse(password);
        // Take the row lock first, then re-read the account under it. Hibernate's own lock modes load and then lock
        // "where version = ?" (follow-on locking), which fails with a stale-state error when a simultaneous sign-in
        // of the same account committed in between; a plain "for update" waits for it instead.
        Long id = member.id();
        em.detach(member);
        em.createNativeQuery("select id from staff_member where id = ?1 for update").setParameter(1, id).getSingleResult();
        member = em.find(StaffMember.class, id);
        if (!member.mayLogOn()) {
            throttle.failed(source);
            return refuse(AuditedAction.of("LOGON_REFUSED", STAFF_MEMBER, name)
                    .denied(member.isLocked() ? "account locked" : "account inactive"));
        }
        if (matches && !verifiedHash.equals(member.passwordHash())) {
            // Reset while this attempt was hashing: the attempt is judged against the password now in force.
            matches = passwords.matches(password, member.passwordHash());
        }
        if (!matches) {
            throttle.failed(source);
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
        audit.record(AuditedAction.of("LOGON_SUCCEEDED", STAFF_MEMBER, name).succeeded().by(name)
                .with("passwordChangeRequired", member.mustChangePassword()));
        return Optional.of(member);
    }

    /** A locked or inactive account costs the same time as a real check, so timing does not tell them apart. */
    private boolean spendTimeAndRefuse(char[] password) {
        passwords.spendTimeAsIfVerifying(password);
        return false;
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
