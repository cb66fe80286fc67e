package nz.integrity.request.rest;

import nz.integrity.request.RequestDecisions;
import nz.integrity.request.RequestQueries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nz.integrity.investigation.EvidenceItem;
import nz.integrity.investigation.EvidenceScope;
import nz.integrity.platform.ValidationException;
import nz.integrity.platform.rest.Params;
import nz.integrity.request.InformationRequest;
import nz.integrity.request.IssuedDocuments;
import nz.integrity.request.RequestContentJson;
import nz.integrity.request.RequestResponses;
import nz.integrity.request.RequestService;
import nz.integrity.request.content.Approval;
import nz.integrity.request.content.ApprovedContentHash;
import nz.integrity.request.content.RequestStatus;
import nz.integrity.request.content.RequestType;
import nz.integrity.request.rules.CheckReport;
import nz.integrity.request.rules.RuleResult;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Information requests over REST. Content travels in the documented canonical shape (docs/requests.md);
 * refusals by the Code's rules are 409 with the rule ids in "rules", role refusals 403.
 */
@Path("/requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Information requests")
public class RequestsResource {

    @Inject
    RequestService requests;

    @Inject
    RequestDecisions decisions;

    @Inject
    RequestQueries queries;

    @Inject
    RequestResponses responses;

    public record RequestView(String reference, String caseReference, RequestType type, RequestStatus status,
                              int contentVersion, int submissionNumber, String codeVersion, String applicant,
                              Set<String> editors, String approvedBy, String approvedContentHash,
                              LocalDate approvalExpiresOn, String contentHash, JsonObject content) {
        static RequestView of(InformationRequest r) {
            return new RequestView(r.reference(), r.investigationCase().reference().value(), r.type(), r.status(),
                    r.contentVersion(), r.submissionNumber(), r.codeVersion(), r.applicant(), new TreeSet<>(r.editors()),
                    r.approval().map(Approval::approverId).orElse(null),
                    r.approval().map(a -> a.approvedContent().hex()).orElse(null),
                    r.approvalExpiresOn().orElse(null), ApprovedContentHash.of(r.content()).hex(),
                    Json.createReader(new StringReader(r.contentJson())).readObject());
        }
    }

    public record CheckView(String checkpoint, String codeVersion, boolean blocked, List<RuleResult> results) {
        static CheckView of(CheckReport report) {
            return new CheckView(report.checkpoint().name(), report.codeVersionId(), report.isBlocked(), report.results());
        }
    }

    public record Decision(String reason, Map<String, String> overrides, Set<String> acknowledgements) {
    }

    public record ReceivedFile(String description, String fileName, String mediaType, String content) {
    }

    public record Response(LocalDate receivedOn, List<ReceivedFile> documents) {
    }

    public record ItemTriage(Long evidenceId, EvidenceScope scope, String reason) {
    }

    public record Triage(List<ItemTriage> decisions) {
    }

    /** A received item as the case's people see it; quarantined content is never served, only its hash. */
    public record ReceivedItem(long evidenceId, String description, String fileName, Long sizeBytes, String sha256,
                               LocalDate receivedOn, EvidenceScope scope, boolean disposed) {
        static ReceivedItem of(EvidenceItem item) {
            return new ReceivedItem(item.id(), item.provenance().description(), item.fileName().orElse(null),
                    item.sizeBytes().orElse(null), item.sha256().orElse(null), item.provenance().collectedOn(),
                    item.scope().orElse(null), item.disposedAt().isPresent());
        }
    }

    @GET
    @Path("approval-queue")
    @Operation(summary = "Submitted requests of other teams that you may decide")
    public List<RequestView> approvalQueue() {
        return queries.approvalQueue().stream().map(RequestView::of).toList();
    }

    @GET
    @Path("{reference}")
    @Operation(summary = "One request with its content and approval")
    public RequestView get(@PathParam("reference") String reference) {
        return RequestView.of(queries.open(reference));
    }

    @PUT
    @Path("{reference}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the content; after approval this voids the approval")
    public RequestView revise(@PathParam("reference") String reference, String content) {
        return RequestView.of(requests.revise(reference, RequestContentJson.readInput(content)));
    }

    @GET
    @Path("{reference}/checks")
    @Operation(summary = "Evaluate the Code's rules for the request's next step, as of now; nothing is kept")
    public CheckView checks(@PathParam("reference") String reference) {
        return CheckView.of(queries.check(reference));
    }

    @POST
    @Path("{reference}/submit")
    @Operation(summary = "Submit for approval; 409 with rule ids when a HARD rule fails")
    public RequestView submit(@PathParam("reference") String reference) {
        return RequestView.of(requests.submit(reference));
    }

    @POST
    @Path("{reference}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve with a reason, reasons for OVERRIDE rules and acknowledged warnings")
    public RequestView approve(@PathParam("reference") String reference, Decision decision) {
        Decision d = decision == null ? new Decision(null, Map.of(), Set.of()) : decision;
        return RequestView.of(decisions.approve(reference, d.reason(),
                d.overrides() == null ? Map.of() : d.overrides(),
                d.acknowledgements() == null ? Set.of() : d.acknowledgements()));
    }

    @POST
    @Path("{reference}/issue")
    @Operation(summary = "Issue an approved request; returns the link to the stored notice (PDF/A)")
    public jakarta.ws.rs.core.Response issue(@PathParam("reference") String reference) {
        IssuedDocuments.IssuedDocument document = requests.issue(reference);
        return jakarta.ws.rs.core.Response.ok(Map.of("notice", "/api/requests/" + reference + "/notice",
                "sha256", document.sha256(), "status", RequestStatus.ISSUED.name())).build();
    }

    @GET
    @Path("{reference}/notice")
    // JSON too, so that a client asking for JSON gets its refusal (403, 404) as JSON rather than 406.
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The exact issued document; its SHA-256 is in X-Content-SHA256")
    public jakarta.ws.rs.core.Response notice(@PathParam("reference") String reference) {
        return pdf(queries.issuedDocument(reference));
    }

    @GET
    @Path("{reference}/cancellation")
    // JSON too, so that a client asking for JSON gets its refusal (403, 404) as JSON rather than 406.
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The cancellation letter kept when an issued request was cancelled; SHA-256 in X-Content-SHA256")
    public jakarta.ws.rs.core.Response cancellation(@PathParam("reference") String reference) {
        return pdf(queries.cancellationLetter(reference));
    }

    private static jakarta.ws.rs.core.Response pdf(IssuedDocuments.IssuedDocument document) {
        return jakarta.ws.rs.core.Response.ok(document.content(), document.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"")
                .header("X-Content-SHA256", document.sha256()).build();
    }

    @POST
    @Path("{reference}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the response: documents (base64) enter the evidence register with this request as provenance")
    public List<Long> recordResponse(@PathParam("reference") String reference, Response body) {
        if (body == null || body.documents() == null) {
            throw new ValidationException("documents", "Attach at least one received document.");
        }
        List<RequestResponses.ReceivedDocument> documents = body.documents().stream()
                .map(d -> new RequestResponses.ReceivedDocument(d.description(), d.fileName(), d.mediaType(), Params.base64(d.content(), "content")))
                .toList();
        return responses.recordResponse(reference, body.receivedOn(), documents).stream().map(EvidenceItem::id).toList();
    }

    @GET
    @Path("{reference}/responses")
    @Operation(summary = "What was received for the request, with each item's triage and disposal")
    public List<ReceivedItem> received(@PathParam("reference") String reference) {
        return responses.received(reference).stream().map(ReceivedItem::of).toList();
    }

    @POST
    @Path("{reference}/triage")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Triage received items in or out of scope (R33); out-of-scope material is quarantined")
    public RequestView triage(@PathParam("reference") String reference, Triage body) {
        Map<Long, RequestResponses.TriageDecision> decisions = new java.util.LinkedHashMap<>();
        if (body != null && body.decisions() != null) {
            for (ItemTriage item : body.decisions()) {
                if (item.evidenceId() == null) {
                    throw new ValidationException("evidenceId", "Name the evidence item.");
                }
                decisions.put(item.evidenceId(), new RequestResponses.TriageDecision(item.scope(), item.reason()));
            }
        }
        return RequestView.of(responses.triage(reference, decisions));
    }

    @POST
    @Path("{reference}/complete")
    @Operation(summary = "Complete a triaged request once out-of-scope material has been disposed of")
    public RequestView complete(@PathParam("reference") String reference) {
        return RequestView.of(responses.complete(reference));
    }

    @POST
    @Path("{reference}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Return to the investigator for rework, with reasons")
    public RequestView returnForRework(@PathParam("reference") String reference, Decision decision) {
        return RequestView.of(decisions.returnForRework(reference, decision == null ? null : decision.reason()));
    }

    @POST
    @Path("{reference}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject, with reasons (final)")
    public RequestView reject(@PathParam("reference") String reference, Decision decision) {
        return RequestView.of(decisions.reject(reference, decision == null ? null : decision.reason()));
    }

    @POST
    @Path("{reference}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw before issue, with reasons")
    public RequestView withdraw(@PathParam("reference") String reference, Decision decision) {
        return RequestView.of(requests.withdraw(reference, decision == null ? null : decision.reason()));
    }

    @POST
    @Path("{reference}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel an issued request, with reasons; returns the link to the cancellation letter for the recipient")
    public jakarta.ws.rs.core.Response cancel(@PathParam("reference") String reference, Decision decision) {
        IssuedDocuments.IssuedDocument letter = requests.cancel(reference, decision == null ? null : decision.reason());
        return jakarta.ws.rs.core.Response.ok(Map.of("cancellation", "/api/requests/" + reference + "/cancellation",
                "sha256", letter.sha256(), "status", RequestStatus.CANCELLED.name())).build();
    }
}
