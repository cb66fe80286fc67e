package nz.integrity.staff.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nz.integrity.platform.security.CallerContext;
import nz.integrity.platform.security.Role;
import nz.integrity.staff.StaffDirectory;
import nz.integrity.staff.StaffMember;

import java.util.stream.Collectors;

/** The signed-in person as the page header and role-aware navigation see them. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    CallerContext caller;

    @Inject
    StaffDirectory directory;

    private String displayName;

    public boolean isSignedIn() {
        return caller.isAuthenticated();
    }

    public String getUsername() {
        return caller.username();
    }

    public String getDisplayName() {
        if (displayName == null) {
            displayName = directory.findByUsername(caller.username()).map(StaffMember::displayName).orElse(caller.username());
        }
        return displayName;
    }

    public String getRoleNames() {
        return caller.roles().stream().map(r -> r.name().charAt(0) + r.name().substring(1).toLowerCase())
                .collect(Collectors.joining(", "));
    }

    public boolean isInvestigator() {
        return caller.hasRole(Role.INVESTIGATOR);
    }

    public boolean isSupervisor() {
        return caller.hasRole(Role.SUPERVISOR);
    }

    public boolean isReviewer() {
        return caller.hasRole(Role.REVIEWER);
    }

    public boolean isAdmin() {
        return caller.hasRole(Role.ADMIN);
    }
}
