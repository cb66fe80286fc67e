package nz.integrity.staff.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nz.integrity.platform.FieldChecks;
import nz.integrity.platform.security.Role;
import nz.integrity.staff.StaffAdministration;
import nz.integrity.staff.StaffMember;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Staff accounts for administrators. */
@Path("/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff")
public class StaffResource {

    @Inject
    StaffAdministration administration;

    public record StaffView(String username, String displayName, List<String> roles, boolean active, boolean locked,
                            int failedLogons, Instant lastLogonAt) {
        static StaffView of(StaffMember member) {
            return new StaffView(member.username(), member.displayName(),
                    member.roles().stream().map(Role::name).sorted().toList(), member.isActive(), member.isLocked(),
                    member.failedLogons(), member.lastLogonAt().orElse(null));
        }
    }

    public record ReasonBody(String reason) {
    }

    public record NewStaffBody(String username, String displayName, String password, List<String> roles) {
    }

    public record RolesBody(List<String> roles, String reason) {
    }

    public record PasswordBody(String password, String reason) {
    }

    @GET
    @Operation(summary = "All staff accounts (administrators only)")
    public List<StaffView> list() {
        return administration.listStaff().stream().map(StaffView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a staff account with a temporary initial password (changed at first sign-in) and "
            + "roles other than administrator")
    public Response create(NewStaffBody body) {
        NewStaffBody input = Objects.requireNonNullElse(body, new NewStaffBody(null, null, null, null));
        Set<Role> roles = roles(input.roles());
        StaffMember member = administration.create(input.username(), input.displayName(),
                input.password() == null ? null : input.password().toCharArray(), roles);
        return Response.created(URI.create("staff/" + member.username())).entity(StaffView.of(member)).build();
    }

    @PUT
    @Path("/{username}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an account's roles, with a reason. Removing roles applies at once (200); adding any "
            + "role is recorded as a pending change (202) that a second administrator approves (SoD-7)")
    public Response changeRoles(@PathParam("username") String username, RolesBody body) {
        RolesBody input = Objects.requireNonNullElse(body, new RolesBody(null, null));
        StaffAdministration.RoleChange change = administration.changeRoles(username, roles(input.roles()), input.reason());
        return change.isPending() ? ChangeResource.ChangeView.accepted(change.pending())
                : Response.ok(StaffView.of(change.member())).build();
    }

    @POST
    @Path("/{username}/deactivate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stop an account from signing in, with a reason; its history stays")
    public StaffView deactivate(@PathParam("username") String username, ReasonBody body) {
        return StaffView.of(administration.deactivate(username, body == null ? null : body.reason()));
    }

    @POST
    @Path("/{username}/reactivate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Let a deactivated account sign in again, with a reason")
    public StaffView reactivate(@PathParam("username") String username, ReasonBody body) {
        return StaffView.of(administration.reactivate(username, body == null ? null : body.reason()));
    }

    @POST
    @Path("/{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for a temporary password for someone else's account, with a reason (202): a second "
            + "administrator approves it, and its holder must change it at the next sign-in")
    public Response resetPassword(@PathParam("username") String username, PasswordBody body) {
        PasswordBody input = Objects.requireNonNullElse(body, new PasswordBody(null, null));
        return ChangeResource.ChangeView.accepted(administration.resetPassword(username,
                input.password() == null ? null : input.password().toCharArray(), input.reason()));
    }

    @POST
    @Path("/{username}/unlock")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Unlock an account locked by failed logons (administrators only); a reason is required")
    public StaffView unlock(@PathParam("username") String username, ReasonBody body) {
        return StaffView.of(administration.unlock(username, body == null ? null : body.reason()));
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        FieldChecks checks = new FieldChecks();
        if (names != null) {
            names.stream().map(name -> checks.oneOf("roles", Role.class, name)).filter(Objects::nonNull)
                    .forEach(roles::add);
        }
        checks.throwIfAny();
        return roles;
    }
}
