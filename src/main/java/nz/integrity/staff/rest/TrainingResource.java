package nz.integrity.staff.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nz.integrity.platform.FieldChecks;
import nz.integrity.staff.TrainingRecords.TrainingView;
import nz.integrity.staff.TrainingRecords;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Code of Conduct training records, for administrators. */
@Path("/training")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delegations")
public class TrainingResource {

    @Inject
    TrainingRecords records;

    public record TrainingBody(String username, String codeVersion, String completedOn, String expiresOn) {
    }

    @GET
    @Operation(summary = "All Code training records (administrators only)")
    public List<TrainingView> list() {
        return records.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record completed Code training for a staff member")
    public Response record(TrainingBody body) {
        TrainingBody input = Objects.requireNonNullElse(body, new TrainingBody(null, null, null, null));
        FieldChecks checks = new FieldChecks();
        LocalDate completed = checks.date("completedOn", input.completedOn());
        LocalDate expires = checks.date("expiresOn", input.expiresOn());
        checks.throwIfAny();
        TrainingView view = records.record(input.username(), input.codeVersion(), completed, expires);
        return Response.created(URI.create("training/" + view.id())).entity(view).build();
    }
}
