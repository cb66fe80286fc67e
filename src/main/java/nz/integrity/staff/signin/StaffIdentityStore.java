package nz.integrity.staff.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.Set;
import java.util.stream.Collectors;
import nz.integrity.platform.security.ApiCredential;
import nz.integrity.platform.security.Role;
import nz.integrity.staff.StaffMember;

import java.util.Optional;

/**
 * Validates staff credentials for both the form logon and HTTP Basic; lockout and audit happen in {@link LogonService}.
 * Basic credentials ({@link ApiCredential}) may be answered from a recent verification ({@link LogonService#logOnApi}).
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    LogonService logons;

    /** Dispatches by hand: the interface's default looks up an overload for the credential's exact class. */
    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof ApiCredential api) {
            return result(logons.logOnApi(api.getCaller(), api.getPassword().getValue()));
        }
        if (credential instanceof UsernamePasswordCredential form) {
            return result(logons.logOn(form.getCaller(), form.getPassword().getValue()));
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    private static CredentialValidationResult result(Optional<StaffMember> signedIn) {
        return signedIn
                .map(member -> new CredentialValidationResult(member.username(), member.mustChangePassword()
                        // A temporary password opens nothing but the change-password page (PasswordChangeGate).
                        ? Set.of(PasswordChangeGate.GROUP)
                        : member.roles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
