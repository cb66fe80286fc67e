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
import nz.integrity.party.Client;
import nz.integrity.party.ClientRegistry;
import nz.integrity.party.ClientSummary;
import nz.integrity.party.NewClient;
import nz.integrity.platform.FieldChecks;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Clients, for investigators and supervisors; every read of details and every search is audited. */
@Path("/clients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clients")
public class ClientResource {

    @Inject
    ClientRegistry registry;

    public record ClientView(String clientNumber, String givenNames, String familyName, LocalDate dateOfBirth,
                             String phone, String email, String postalAddress, String ethnicity,
                             String iwiAffiliation) {
        static ClientView of(Client c) {
            return new ClientView(c.clientNumber().value(), c.givenNames(), c.familyName(), c.dateOfBirth(),
                    c.phone().orElse(null), c.email().orElse(null), c.postalAddress().orElse(null),
                    c.ethnicity().orElse(null), c.iwiAffiliation().orElse(null));
        }
    }

    /** selfIdentified confirms that any ethnicity or iwi affiliation is as the client stated it. */
    public record ClientBody(String clientNumber, String givenNames, String familyName, String dateOfBirth,
                             String phone, String email, String postalAddress, String ethnicity,
                             String iwiAffiliation, Boolean selfIdentified) {
    }

    public record ContactBody(String phone, String email, String postalAddress) {
    }

    public record SelfIdentificationBody(String ethnicity, String iwiAffiliation, Boolean selfIdentified) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a client (investigators and supervisors)")
    public Response register(ClientBody body) {
        ClientBody input = Objects.requireNonNullElse(body,
                new ClientBody(null, null, null, null, null, null, null, null, null, null));
        FieldChecks checks = new FieldChecks();
        LocalDate dateOfBirth = checks.date("dateOfBirth", input.dateOfBirth());
        checks.throwIfAny();
        Client client = registry.register(new NewClient(input.clientNumber(), input.givenNames(), input.familyName(),
                dateOfBirth, input.phone(), input.email(), input.postalAddress(), input.ethnicity(),
                input.iwiAffiliation(), Boolean.TRUE.equals(input.selfIdentified())));
        return Response.created(URI.create("clients/" + client.clientNumber().value())).entity(ClientView.of(client))
                .build();
    }

    @GET
    @Path("/{clientNumber}")
    @Operation(summary = "A client's details; the view is audited with the optional purpose")
    public ClientView view(@PathParam("clientNumber") String clientNumber, @QueryParam("purpose") String purpose) {
        return ClientView.of(registry.view(clientNumber, purpose));
    }

    @GET
    @Operation(summary = "Clients whose given or family name starts with the text (at most 50); the search is audited")
    public List<ClientSummary> search(@QueryParam("name") String name) {
        return registry.searchByName(name);
    }

    @PUT
    @Path("/{clientNumber}/contact")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the client's contact details")
    public ClientView updateContact(@PathParam("clientNumber") String clientNumber, ContactBody body) {
        ContactBody input = Objects.requireNonNullElse(body, new ContactBody(null, null, null));
        return ClientView.of(registry.updateContact(clientNumber, input.phone(), input.email(), input.postalAddress()));
    }

    @PUT
    @Path("/{clientNumber}/self-identification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the ethnicity and iwi affiliation the client stated themselves")
    public ClientView recordSelfIdentification(@PathParam("clientNumber") String clientNumber,
                                               SelfIdentificationBody body) {
        SelfIdentificationBody input = Objects.requireNonNullElse(body, new SelfIdentificationBody(null, null, null));
        return ClientView.of(registry.recordSelfIdentification(clientNumber, input.ethnicity(),
                input.iwiAffiliation(), Boolean.TRUE.equals(input.selfIdentified())));
    }
}
