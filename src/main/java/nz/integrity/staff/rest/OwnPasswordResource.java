package nz.integrity.staff.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nz.integrity.staff.OwnPassword;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own password; the only endpoint open to an account with a temporary password. */
@Path("/me/password")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Session")
public class OwnPasswordResource {

    @Inject
    OwnPassword ownPassword;

    public record ChangeBody(String currentPassword, String newPassword) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace your own password (required after an administrator set it); 204 when done")
    public Response change(ChangeBody body) {
        ChangeBody input = body == null ? new ChangeBody(null, null) : body;
        ownPassword.change(input.currentPassword() == null ? null : input.currentPassword().toCharArray(),
                input.newPassword() == null ? null : input.newPassword().toCharArray());
        return Response.noContent().build();
    }
}
