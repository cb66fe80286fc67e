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
import nz.integrity.platform.FieldChecks;
import nz.integrity.staff.DelegatedAuthority;
import nz.integrity.staff.Delegation;
import nz.integrity.staff.DelegationAdministration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Delegated authorities, for administrators. */
@Path("/delegations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delegations")
public class DelegationResource {

    @Inject
    DelegationAdministration administration;

    public record DelegationView(long id, String delegate, String authority, String instrument, LocalDate validFrom,
                                 LocalDate validTo, String grantedBy, Instant revokedAt) {
        static DelegationView of(Delegation d) {
            return new DelegationView(d.id(), d.delegate().username(), d.authority().name(), d.instrument(),
                    d.validFrom(), d.validTo(), d.grantedBy(), d.revokedAt().orElse(null));
        }
    }

    /** Dates as ISO text (2026-03-31) so a mistyped date is a field error, not an unreadable body. */
    public record GrantBody(String delegate, String authority, String instrument, String validFrom, String validTo) {
    }

    public record ReasonBody(String reason) {
    }

    @GET
    @Operation(summary = "All delegations, including revoked and expired ones (administrators only)")
    public List<DelegationView> list() {
        return administration.list().stream().map(DelegationView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grant a supervisor an authority under an instrument for a period; nobody grants to themselves")
    public Response grant(GrantBody body) {
        GrantBody input = Objects.requireNonNullElse(body, new GrantBody(null, null, null, null, null));
        FieldChecks checks = new FieldChecks();
        DelegatedAuthority authority = checks.oneOf("authority", DelegatedAuthority.class, input.authority());
        LocalDate from = checks.date("validFrom", input.validFrom());
        LocalDate to = checks.date("validTo", input.validTo());
        checks.throwIfAny();
        Delegation delegation = administration.grant(input.delegate(), authority, input.instrument(), from, to);
        return Response.created(URI.create("delegations/" + delegation.id())).entity(DelegationView.of(delegation))
                .build();
    }

    @POST
    @Path("/{id}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke a delegation with a reason; it stops being in force at once")
    public DelegationView revoke(@PathParam("id") long id, ReasonBody body) {
        return DelegationView.of(administration.revoke(id, body == null ? null : body.reason()));
    }
}
