package nz.integrity.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nz.integrity.audit.AuditTrail;
import nz.integrity.audit.AuditedAction;
import nz.integrity.platform.FieldChecks;
import nz.integrity.platform.NotFoundException;
import nz.integrity.platform.security.CallerContext;
import nz.integrity.platform.security.PasswordHashing;
import nz.integrity.platform.security.PasswordPolicy;

import java.util.Arrays;

/** A signed-in person replacing their own password, which ends a temporary one. Audited. */
@ApplicationScoped
public class OwnPassword {

    @Inject
    StaffDirectory directory;

    @Inject
    CallerContext caller;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditTrail audit;

    @Transactional
    public void change(char[] currentPassword, char[] newPassword) {
        String username = caller.username();
        StaffMember member = directory.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("No staff member " + username));
        FieldChecks checks = new FieldChecks();
        checks.require(currentPassword != null && passwords.matches(currentPassword, member.passwordHash()),
                "currentPassword", "This is not your current password.");
        checks.attempt("newPassword", () -> {
            PasswordPolicy.check(username, newPassword);
            return newPassword;
        });
        if (checks.isValid("newPassword") && currentPassword != null) {
            checks.require(!Arrays.equals(currentPassword, newPassword), "newPassword",
                    "Choose a password different from the current one.");
        }
        if (!checks.isValid("currentPassword")) {
            audit.recordIndependently(AuditedAction.of("PASSWORD_CHANGE_FAILED", StaffAdministration.STAFF_MEMBER,
                    username).failed("current password not confirmed"));
        }
        checks.throwIfAny();
        boolean wasTemporary = member.mustChangePassword();
        member.changeOwnPassword(passwords.hash(newPassword));
        audit.record(AuditedAction.of("PASSWORD_CHANGED", StaffAdministration.STAFF_MEMBER, username).succeeded()
                .with("wasTemporary", wasTemporary));
    }
}
