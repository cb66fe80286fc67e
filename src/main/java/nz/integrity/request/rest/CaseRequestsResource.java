package nz.integrity.request.rest;

import nz.integrity.request.RequestQueries;
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
import nz.integrity.request.InformationRequest;
import nz.integrity.request.RequestContentJson;
import nz.integrity.request.RequestService;
import nz.integrity.request.rest.RequestsResource.RequestView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

/** The requests of one case; its own resource class because JAX-RS matches the most specific class path first. */
@Path("/cases/{reference}/requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Information requests")
public class CaseRequestsResource {

    @Inject
    RequestService requests;

    @Inject
    RequestQueries queries;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft a request on a case (investigators of the case team)")
    public Response draft(@PathParam("reference") String caseReference, String content) {
        InformationRequest created = requests.draft(caseReference, RequestContentJson.readInput(content));
        return Response.created(URI.create("../../requests/" + created.reference())).entity(RequestView.of(created)).build();
    }

    @GET
    @Operation(summary = "All requests on a case: the case's information plan")
    public List<RequestView> onCase(@PathParam("reference") String caseReference) {
        return queries.onCase(caseReference).stream().map(RequestView::of).toList();
    }
}
