package nz.integrity.staff.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.Set;
import java.util.stream.Collectors;
import nz.integrity.platform.security.Role;

/** Validates staff credentials for both the form logon and HTTP Basic; lockout and audit happen in {@link LogonService}. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    LogonService logons;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return logons.logOn(credential.getCaller(), credential.getPassword().getValue())
                .map(member -> new CredentialValidationResult(member.username(), member.mustChangePassword()
                        // A temporary password opens nothing but the change-password page (PasswordChangeGate).
                        ? Set.of(PasswordChangeGate.GROUP)
                        : member.roles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
