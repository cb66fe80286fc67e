package nz.integrity.staff.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nz.integrity.platform.security.CallerContext;
import nz.integrity.platform.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Session")
public class CallerResource {

    @Inject
    CallerContext caller;

    public record Caller(String username, List<String> roles) {
    }

    @GET
    @Operation(summary = "Who the credentials belong to, and their roles")
    public Caller me() {
        return new Caller(caller.username(), caller.roles().stream().map(Role::name).toList());
    }
}
