package nz.integrity.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/** Staff accounts for administrators. */
@Path("/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff")
public class StaffResource {

    @Inject
    StaffAdministration administration;

    public record StaffView(String username, String displayName, List<String> roles, boolean locked,
                            int failedLogons, Instant lastLogonAt) {
        static StaffView of(StaffMember member) {
            return new StaffView(member.username(), member.displayName(),
                    member.roles().stream().map(Role::name).sorted().toList(), member.isLocked(),
                    member.failedLogons(), member.lastLogonAt().orElse(null));
        }
    }

    public record ReasonBody(String reason) {
    }

    @GET
    @Operation(summary = "All staff accounts (administrators only)")
    public List<StaffView> list() {
        return administration.listStaff().stream().map(StaffView::of).toList();
    }

    @POST
    @Path("/{username}/unlock")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Unlock an account locked by failed logons (administrators only); a reason is required")
    public StaffView unlock(@PathParam("username") String username, ReasonBody body) {
        return StaffView.of(administration.unlock(username, body == null ? null : body.reason()));
    }
}
