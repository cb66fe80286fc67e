package nz.integrity.staff.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nz.integrity.platform.security.Role;
import nz.integrity.staff.AdministrativeChanges;
import nz.integrity.staff.PendingChange;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/** Pending privileged changes and their second-person decision (SoD-7). */
@Path("/changes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dual control")
public class ChangeResource {

    @Inject
    AdministrativeChanges changes;

    public record ChangeView(long id, String kind, String target, String team, List<String> roles, String reason,
                             String status, String requestedBy, Instant requestedAt, String decidedBy,
                             Instant decidedAt, String decisionReason) {
        static ChangeView of(PendingChange change) {
            return new ChangeView(change.id(), change.kind().name(), change.targetUsername(),
                    change.teamCode().orElse(null), change.roles().stream().map(Role::name).sorted().toList(),
                    change.reason(), change.status().name(), change.requestedBy(), change.requestedAt(),
                    change.decidedBy().orElse(null), change.decidedAt().orElse(null),
                    change.decisionReason().orElse(null));
        }

        /** 202 Accepted: the change is recorded and waits for a second person. */
        static Response accepted(PendingChange change) {
            return Response.accepted(of(change)).location(URI.create("changes/" + change.id())).build();
        }
    }

    public record DecisionBody(String reason) {
    }

    @GET
    @Operation(summary = "Pending changes the caller may decide: all for an administrator, new members of their "
            + "teams for a supervisor")
    public List<ChangeView> pending() {
        return changes.decidable().stream().map(ChangeView::of).toList();
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve and apply a pending change; never by the person who asked for it or whom it "
            + "concerns (SoD-7); the reason is optional")
    public ChangeView approve(@PathParam("id") long id, DecisionBody body) {
        return ChangeView.of(changes.approve(id, body == null ? null : body.reason()));
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a pending change, with a reason")
    public ChangeView reject(@PathParam("id") long id, DecisionBody body) {
        return ChangeView.of(changes.reject(id, body == null ? null : body.reason()));
    }
}
