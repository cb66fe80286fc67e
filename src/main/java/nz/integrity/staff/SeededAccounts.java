package nz.integrity.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nz.integrity.audit.AuditTrail;
import nz.integrity.audit.AuditedAction;
import nz.integrity.platform.security.PasswordHashing;
import nz.integrity.platform.security.Role;

import java.util.Set;

/**
 * The one way an account is created by the system itself rather than by an administrator: the first administrator
 * of an empty database and the demo accounts. Both are audited as {@code STAFF_CREATED} with the reason and role,
 * like an administrator's creation. No authorization check and no password policy, because there is no caller
 * yet and the password comes from configuration; so only start-up beans use it, inside their own transaction
 * (the audit record joins it).
 */
@ApplicationScoped
public class SeededAccounts {

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditTrail audit;

    @PersistenceContext
    EntityManager em;

    public StaffMember create(String username, String displayName, char[] password, Role role, String why) {
        return createHashed(username, displayName, passwords.hash(password), role, why);
    }

    /** For accounts whose password hash was made once ahead of time (the demo's, see PasswordHashing). */
    public StaffMember createHashed(String username, String displayName, String passwordHash, Role role, String why) {
        StaffMember member = new StaffMember(username, displayName, passwordHash, Set.of(role));
        em.persist(member);
        audit.record(AuditedAction.of("STAFF_CREATED", "STAFF_MEMBER", member.username()).succeeded()
                .because(why).with("roles", role.name()));
        return member;
    }
}
