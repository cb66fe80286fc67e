package nz.integrity.party.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nz.integrity.party.DeliveryChannel;
import nz.integrity.party.RecipientOrganisation;
import nz.integrity.party.RecipientRegistry;
import nz.integrity.party.RecipientType;
import nz.integrity.platform.FieldChecks;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The recipient-organisation registry: administrators maintain it, case staff search active entries. */
@Path("/recipients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recipients")
public class RecipientResource {

    @Inject
    RecipientRegistry registry;

    public record RecipientView(long id, String name, String type, String deliveryChannel, String deliveryAddress,
                                boolean channelVerified, Instant channelVerifiedAt, String channelVerifiedBy,
                                boolean active) {
        static RecipientView of(RecipientOrganisation r) {
            return new RecipientView(r.id(), r.name(), r.type().name(), r.deliveryChannel().name(),
                    r.deliveryAddress(), r.hasVerifiedChannel(), r.channelVerifiedAt().orElse(null),
                    r.channelVerifiedBy().orElse(null), r.isActive());
        }
    }

    public record NewRecipientBody(String name, String type, String deliveryChannel, String deliveryAddress) {
    }

    public record ChannelBody(String deliveryChannel, String deliveryAddress) {
    }

    public record ReasonBody(String reason) {
    }

    @GET
    @Operation(summary = "Search organisations by part of the name and by type (at most 50); case staff see active ones")
    public List<RecipientView> search(@QueryParam("name") String name, @QueryParam("type") String type) {
        FieldChecks checks = new FieldChecks();
        RecipientType recipientType = checks.oneOf("type", RecipientType.class, type);
        checks.throwIfAny();
        return registry.search(name, recipientType).stream().map(RecipientView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One organisation")
    public RecipientView read(@PathParam("id") long id) {
        return RecipientView.of(registry.read(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register an organisation (administrators only); its channel starts unverified")
    public Response create(NewRecipientBody body) {
        NewRecipientBody input = Objects.requireNonNullElse(body, new NewRecipientBody(null, null, null, null));
        FieldChecks checks = new FieldChecks();
        RecipientType type = checks.oneOf("type", RecipientType.class, input.type());
        DeliveryChannel channel = checks.oneOf("deliveryChannel", DeliveryChannel.class, input.deliveryChannel());
        checks.throwIfAny();
        RecipientOrganisation created = registry.create(input.name(), type, channel, input.deliveryAddress());
        return Response.created(URI.create("recipients/" + created.id())).entity(RecipientView.of(created)).build();
    }

    @PUT
    @Path("/{id}/channel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the delivery channel (administrators only); it becomes unverified")
    public RecipientView changeChannel(@PathParam("id") long id, ChannelBody body) {
        ChannelBody input = Objects.requireNonNullElse(body, new ChannelBody(null, null));
        FieldChecks checks = new FieldChecks();
        DeliveryChannel channel = checks.oneOf("deliveryChannel", DeliveryChannel.class, input.deliveryChannel());
        checks.throwIfAny();
        return RecipientView.of(registry.changeDeliveryChannel(id, channel, input.deliveryAddress()));
    }

    @POST
    @Path("/{id}/verify")
    @Operation(summary = "Record that the delivery channel was confirmed with the organisation (administrators only)")
    public RecipientView verify(@PathParam("id") long id) {
        return RecipientView.of(registry.verifyChannel(id));
    }

    @POST
    @Path("/{id}/deactivate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take an organisation out of use, with a reason (administrators only)")
    public RecipientView deactivate(@PathParam("id") long id, ReasonBody body) {
        return RecipientView.of(registry.deactivate(id, body == null ? null : body.reason()));
    }
}
