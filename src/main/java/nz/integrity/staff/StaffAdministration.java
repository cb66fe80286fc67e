package nz.integrity.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import nz.integrity.audit.AuditTrail;
import nz.integrity.audit.AuditedAction;
import nz.integrity.platform.BusinessRuleException;
import nz.integrity.platform.FieldChecks;
import nz.integrity.platform.NotFoundException;
import nz.integrity.platform.Reasons;
import nz.integrity.platform.security.AccessDeniedException;
import nz.integrity.platform.security.Authorization;
import nz.integrity.platform.security.CallerContext;
import nz.integrity.platform.security.PasswordHashing;
import nz.integrity.platform.security.PasswordPolicy;
import nz.integrity.platform.security.Role;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What an administrator does with staff accounts. Every method checks the caller and audits the change. */
@ApplicationScoped
public class StaffAdministration {

    static final String STAFF_MEMBER = "STAFF_MEMBER";

    @Inject
    StaffDirectory directory;

    @Inject
    Authorization authorization;

    @Inject
    CallerContext caller;

    @Inject
    AuditTrail audit;

    @Inject
    PasswordHashing passwords;

    @Inject
    AdministrativeChanges changes;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Transactional
    public List<StaffMember> listStaff() {
        authorization.requireAnyRole("LIST_STAFF", STAFF_MEMBER, null, Role.ADMIN);
        audit.record(AuditedAction.of("STAFF_LISTED", STAFF_MEMBER, null).succeeded());
        return directory.all();
    }

    @Transactional
    public StaffMember create(String username, String displayName, char[] initialPassword, Set<Role> roles) {
        authorization.requireAnyRole("CREATE_STAFF", STAFF_MEMBER, username, Role.ADMIN);
        String name = username == null ? null : username.strip().toLowerCase(Locale.ROOT);
        FieldChecks checks = new FieldChecks();
        checks.requireText(name, "username", "Enter a username.")
                .requireText(displayName, "displayName", "Enter the person's name.")
                .maxLength(displayName, 200, "displayName")
                .presentableName(displayName, "displayName");
        checks.attempt("password", () -> {
            PasswordPolicy.check(name, initialPassword);
            return initialPassword;
        });
        checkRoles(checks, roles);
        if (checks.isValid("username") && directory.findByUsername(name).isPresent()) {
            checks.require(false, "username", "This username is already in use.");
        }
        checks.throwIfAny();
        // The username format is the entity's rule; hashing waits until the input is known to be good.
        StaffMember member = checks.attempt("username",
                () -> new StaffMember(name, displayName, "not yet hashed", roles));
        checks.throwIfAny();
        member.assignTemporaryPassword(passwords.hash(initialPassword));
        em.persist(member);
        audit.record(AuditedAction.of("STAFF_CREATED", STAFF_MEMBER, name).succeeded()
                .with("roles", names(member.roles())));
        return member;
    }

    /** What a role change led to: applied at once, or waiting for a second administrator. */
    public record RoleChange(StaffMember member, PendingChange pending) {

        public boolean isPending() {
            return pending != null;
        }
    }

    /**
     * Taking roles away applies at once; adding any role waits for a second administrator (SoD-7), because an
     * administrator who could add roles alone could make an accomplice account that reads cases or approves.
     */
    @Transactional
    public RoleChange changeRoles(String username, Set<Role> roles, String reason) {
        authorization.requireAnyRole("CHANGE_ROLES", STAFF_MEMBER, username, Role.ADMIN);
        String why = Reasons.require(reason);
        FieldChecks checks = new FieldChecks();
        checkRoles(checks, roles);
        checks.throwIfAny();
        StaffMember member = find(username);
        Set<Role> before = EnumSet.copyOf(member.roles());
        if (RoleRules.isSelfGrantOfCaseRole(caller.username(), member.username(), before, roles)) {
            audit.recordIndependently(AuditedAction.of("ACCESS_REFUSED", STAFF_MEMBER, username)
                    .denied("SoD-7: administrators cannot grant themselves case roles")
                    .with("attempted", "CHANGE_ROLES").with("rule", "SoD-7")
                    .with("requested", names(roles)));
            throw new AccessDeniedException("You cannot give your own account the investigator, supervisor or "
                    + "reviewer role (SoD-7). Another administrator has to make this change.");
        }
        if (!RoleRules.added(before, roles, EnumSet.allOf(Role.class)).isEmpty()) {
            if (member.username().equals(caller.username())) {
                throw new BusinessRuleException("Another administrator has to ask for roles for your account.");
            }
            return new RoleChange(member, changes.request(
                    PendingChange.grantRoles(member.username(), roles, why, caller.username(), clock.instant())));
        }
        member.changeRoles(roles);
        audit.record(AuditedAction.of("ROLE_CHANGED", STAFF_MEMBER, username).succeeded().because(why)
                .with("before", names(before)).with("after", names(member.roles())));
        return new RoleChange(member, null);
    }

    @Transactional
    public StaffMember deactivate(String username, String reason) {
        authorization.requireAnyRole("DEACTIVATE_STAFF", STAFF_MEMBER, username, Role.ADMIN);
        Reasons.require(reason);
        StaffMember member = find(username);
        if (member.username().equals(caller.username())) {
            throw new BusinessRuleException("You cannot deactivate your own account; ask another administrator.");
        }
        member.deactivate();
        audit.record(AuditedAction.of("STAFF_DEACTIVATED", STAFF_MEMBER, username).succeeded().because(reason));
        return member;
    }

    @Transactional
    public StaffMember reactivate(String username, String reason) {
        authorization.requireAnyRole("REACTIVATE_STAFF", STAFF_MEMBER, username, Role.ADMIN);
        Reasons.require(reason);
        StaffMember member = find(username);
        member.reactivate();
        audit.record(AuditedAction.of("STAFF_REACTIVATED", STAFF_MEMBER, username).succeeded().because(reason));
        return member;
    }

    /**
     * For a forgotten password: asks a second administrator to set it (SoD-7), after which it is temporary and its
     * holder must replace it at the next sign-in. An administrator's own password is not reset this way.
     */
    @Transactional
    public PendingChange resetPassword(String username, char[] newPassword, String reason) {
        authorization.requireAnyRole("RESET_PASSWORD", STAFF_MEMBER, username, Role.ADMIN);
        String why = Reasons.require(reason);
        StaffMember member = find(username);
        FieldChecks checks = new FieldChecks();
        checks.attempt("password", () -> {
            PasswordPolicy.check(member.username(), newPassword);
            return newPassword;
        });
        checks.throwIfAny();
        if (member.username().equals(caller.username())) {
            throw new BusinessRuleException("You cannot reset your own password here; ask another administrator.");
        }
        return changes.request(PendingChange.resetPassword(member.username(), passwords.hash(newPassword), why,
                caller.username(), clock.instant()));
    }

    @Transactional
    public StaffMember unlock(String username, String reason) {
        authorization.requireAnyRole("UNLOCK_ACCOUNT", STAFF_MEMBER, username, Role.ADMIN);
        String why = Reasons.require(reason);
        StaffMember member = find(username);
        boolean wasLocked = member.isLocked();
        member.unlock();
        audit.record(AuditedAction.of("ACCOUNT_UNLOCKED", STAFF_MEMBER, username).succeeded().because(why)
                .with("wasLocked", wasLocked));
        return member;
    }

    /**
     * Lockout recovery by an operator on the server ({@link RecoveryServlet}), for when no administrator can sign
     * in. The caller proved a shell on the server; the event names the operator they gave and the channel.
     */
    @Transactional
    public StaffMember unlockByOperator(String username, String reason, String operator) {
        String why = Reasons.require(reason);
        FieldChecks checks = new FieldChecks();
        checks.requireText(operator, "operator", "Name the operator.").maxLength(operator, 50, "operator");
        checks.throwIfAny();
        StaffMember member = find(username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
        boolean wasLocked = member.isLocked();
        member.unlock();
        audit.record(AuditedAction.of("ACCOUNT_UNLOCKED", STAFF_MEMBER, member.username()).succeeded().because(why)
                .by("operator:" + operator.strip()).with("wasLocked", wasLocked).with("channel", "server recovery command"));
        return member;
    }

    /** A recovery call without the operator token or from another address: audited, answered as if absent. */
    @Transactional
    public void recordRefusedRecovery(String username) {
        audit.record(AuditedAction.of("RECOVERY_REFUSED", STAFF_MEMBER,
                username == null ? null : username.substring(0, Math.min(64, username.length())))
                .denied("missing or wrong recovery token, or not from the server itself"));
    }

    private StaffMember find(String username) {
        return directory.findByUsername(username).orElseThrow(() -> new NotFoundException("No staff member " + username));
    }

    private static void checkRoles(FieldChecks checks, Set<Role> roles) {
        checks.require(roles != null && !roles.isEmpty(), "roles", "Choose at least one role.");
        if (roles != null) {
            String problem = RoleRules.combinationProblem(roles);
            checks.require(problem == null, "roles", problem);
        }
    }

    static String names(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}
