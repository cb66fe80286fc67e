package nz.integrity.review.rest;

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
import nz.integrity.platform.ValidationException;
import nz.integrity.platform.rest.Params;
import nz.integrity.review.ReviewGrant;
import nz.integrity.review.ReviewGrants;
import nz.integrity.review.ReviewMode;
import nz.integrity.review.ReviewRegister;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/** External review: read-only, de-identified views for reviewers; grants for administrators. */
@Path("/review")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "External review")
public class ReviewResource {

    @Inject
    ReviewRegister register;

    @Inject
    ReviewGrants grants;

    public record GrantView(long id, String reviewer, ReviewMode mode, String caseReference, LocalDate validFrom,
                            LocalDate validTo, String issuedBy, boolean revoked) {
        static GrantView of(ReviewGrant g) {
            return new GrantView(g.id(), g.reviewer(), g.mode(), g.caseReference().orElse(null), g.validFrom(),
                    g.validTo(), g.issuedBy(), g.revokedAt().isPresent());
        }
    }

    public record NewGrant(String reviewer, String mode, String caseReference, String clientAuthority, String validFrom,
                           String validTo, String reason) {
    }

    public record Revocation(String reason) {
    }

    @GET
    @Path("/register")
    @Operation(summary = "The information-request register, de-identified (reviewers with a grant in force)")
    public List<ReviewRegister.RegisterEntry> register() {
        return register.register();
    }

    @GET
    @Path("/cases/{key}/timeline")
    @Operation(summary = "A case's audit timeline, by case pseudonym (or reference under an identified grant)")
    public List<ReviewRegister.TimelineEntry> timeline(@PathParam("key") String key) {
        return register.timeline(key);
    }

    @GET
    @Path("/grants")
    @Operation(summary = "Review grants (administrators acting as privacy officer)")
    public List<GrantView> grants() {
        return grants.list().stream().map(GrantView::of).toList();
    }

    @POST
    @Path("/grants")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a scoped, time-limited review grant (administrators only, never to themselves)")
    public Response issue(NewGrant body) {
        if (body == null) {
            throw new ValidationException("body", "Send the grant as JSON.");
        }
        ReviewGrant grant = grants.issue(body.reviewer(), Params.optionalEnum(ReviewMode.class, body.mode(), "mode"),
                body.caseReference(), body.clientAuthority(), date(body.validFrom(), "validFrom"),
                date(body.validTo(), "validTo"), body.reason());
        return Response.status(Response.Status.CREATED).entity(GrantView.of(grant)).build();
    }

    @POST
    @Path("/grants/{id}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke a review grant, with a reason")
    public GrantView revoke(@PathParam("id") long id, Revocation body) {
        return GrantView.of(grants.revoke(id, body == null ? null : body.reason()));
    }

    private static LocalDate date(String value, String field) {
        FieldChecks checks = new FieldChecks();
        LocalDate date = checks.date(field, value);
        checks.throwIfAny();
        return date;
    }
}
