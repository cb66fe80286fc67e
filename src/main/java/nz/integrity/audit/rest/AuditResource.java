package nz.integrity.audit.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nz.integrity.audit.AuditCheckpoints;
import nz.integrity.audit.AuditEvent;
import nz.integrity.audit.AuditEventQuery;
import nz.integrity.audit.AuditProofs;
import nz.integrity.audit.AuditVerification;
import nz.integrity.audit.Checkpoint;
import nz.integrity.audit.CheckpointDocument;
import nz.integrity.audit.SecurityEventLog;
import nz.integrity.audit.VerificationResult;
import nz.integrity.audit.VerificationStart;
import nz.integrity.platform.ValidationException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/** The audit trail over HTTP: verification, checkpoints and security events. Translation only; the services decide. */
@Path("/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Tamper-evident audit trail: verification, signed checkpoints, security events")
public class AuditResource {

    @Inject
    AuditVerification verification;

    @Inject
    AuditCheckpoints checkpoints;

    @Inject
    SecurityEventLog securityEvents;

    @Inject
    AuditProofs proofs;

    @Context
    UriInfo uri;

    /** Result of a verification run; {@code breakKind} and {@code firstBrokenSeq} are null when intact. */
    public record Verification(boolean intact, String breakKind, Long firstBrokenSeq, long checkedFromSeq,
            long checkedToSeq, String headHash, long lastAnchoredSeq, String detail) {

        static Verification of(VerificationResult result) {
            return new Verification(result.isIntact(), result.breakKind().map(Enum::name).orElse(null),
                    result.firstBrokenSeq().isPresent() ? result.firstBrokenSeq().getAsLong() : null,
                    result.checkedFromSeq(), result.checkedToSeq(), result.headHash(), result.lastAnchoredSeq(),
                    result.detail());
        }
    }

    public record CheckpointView(long seq, String headHash, Instant issuedAt, String keyId, String signature) {

        static CheckpointView of(Checkpoint checkpoint) {
            return new CheckpointView(checkpoint.seq(), checkpoint.headHash(), checkpoint.issuedAt(),
                    checkpoint.keyId(), checkpoint.signature());
        }
    }

    public record EventView(long seq, Instant occurredAt, String actor, String actorRole, String action,
            String objectType, String objectId, String outcome, String reason, String origin, String payload,
            String hash) {

        static EventView of(AuditEvent event) {
            return new EventView(event.seq(), event.occurredAt(), event.actor(), event.actorRole(), event.action(),
                    event.objectType(), event.objectId(), event.outcome().name(), event.reason(), event.origin(),
                    event.payload(), event.hash());
        }
    }

    /** One page; pass {@code nextAfterSeq} as {@code afterSeq} for the next one, until it is null. */
    public record EventPage(List<EventView> events, Long nextAfterSeq) {
    }

    @GET
    @Path("/verify")
    @Operation(summary = "Verify the hash chain against the stored signed checkpoints (administrators and reviewers)")
    @APIResponse(responseCode = "200", description = "The verification result, the checked range and the head")
    @APIResponse(responseCode = "400", description = "Unknown start")
    @APIResponse(responseCode = "403", description = "Neither administrator nor reviewer")
    public Verification verify(
            @Parameter(description = "GENESIS (default; every event) or LATEST_CHECKPOINT (events after it)")
            @QueryParam("from") String from) {
        return Verification.of(verification.verify(start(from)));
    }

    @GET
    @Path("/checkpoints")
    @Operation(summary = "List the issued checkpoints, oldest first (administrators and reviewers)")
    @APIResponse(responseCode = "200", description = "The checkpoints")
    @APIResponse(responseCode = "403", description = "Neither administrator nor reviewer")
    public List<CheckpointView> checkpoints() {
        return checkpoints.list().stream().map(CheckpointView::of).toList();
    }

    @POST
    @Path("/checkpoints")
    @Operation(summary = "Sign the current head of the chain now (administrators)")
    @APIResponse(responseCode = "201", description = "The checkpoint export document (format icm.audit.checkpoint-export.v1)")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "409", description = "No signing key is installed")
    public Response issueCheckpoint() {
        CheckpointDocument document = checkpoints.issue();
        return Response.created(uri.getBaseUriBuilder().path(AuditResource.class)
                        .path("checkpoints/{seq}/export").build(document.checkpoint().seq()))
                .entity(document.toJson()).build();
    }

    @GET
    @Path("/checkpoints/{seq}/export")
    @Operation(summary = "The checkpoint with its public key, as a document to keep and verify offline "
            + "(administrators and reviewers)")
    @APIResponse(responseCode = "200", description = "The checkpoint export document (format icm.audit.checkpoint-export.v1)")
    @APIResponse(responseCode = "403", description = "Neither administrator nor reviewer")
    @APIResponse(responseCode = "404", description = "No checkpoint at this seq")
    public Response exportCheckpoint(@PathParam("seq") String seq) {
        long number = positive("seq", seq);
        return Response.ok(checkpoints.export(number).toJson())
                .header("Content-Disposition", "attachment; filename=\"" + AuditCheckpoints.exportFileName(number) + "\"")
                .build();
    }

    @GET
    @Path("/events")
    @Operation(summary = "Security events, oldest first, keyset paged (administrators); the listing is audited")
    @APIResponse(responseCode = "200", description = "One page of events")
    @APIResponse(responseCode = "400", description = "A parameter is not valid; the fields say which")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public EventPage events(@QueryParam("objectType") String objectType, @QueryParam("objectId") String objectId,
            @QueryParam("action") String action, @QueryParam("actor") String actor,
            @Parameter(description = "Only events with a larger seq; default 0") @QueryParam("afterSeq") String afterSeq,
            @Parameter(description = "Page size, 1 to 200; default 50") @QueryParam("limit") String limit) {
        AuditEventQuery query = AuditEventQuery.fromParameters(objectType, objectId, action, actor, afterSeq, limit);
        List<AuditEvent> events = securityEvents.find(query);
        Long next = events.size() < query.limit() ? null : events.get(events.size() - 1).seq();
        return new EventPage(events.stream().map(EventView::of).toList(), next);
    }

    @GET
    @Path("/tree-heads/latest")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "The latest signed tree head, a C2SP signed note (administrators and reviewers)")
    @APIResponse(responseCode = "200", description = "origin, tree size, base64 root hash, blank line, signature line")
    @APIResponse(responseCode = "403", description = "Neither administrator nor reviewer")
    @APIResponse(responseCode = "404", description = "No tree head signed yet")
    public String latestTreeHead() {
        return proofs.latestTreeHead().note();
    }

    @GET
    @Path("/tree-heads/{size}")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "The signed tree head of this size (administrators and reviewers)")
    @APIResponse(responseCode = "200", description = "The C2SP signed note")
    @APIResponse(responseCode = "403", description = "Neither administrator nor reviewer")
    @APIResponse(responseCode = "404", description = "No tree head of this size")
    public String treeHead(@PathParam("size") String size) {
        return proofs.treeHead(positive("size", size)).note();
    }

    @GET
    @Path("/proofs/inclusion")
    @Operation(summary = "RFC 9162 inclusion proof of event seq in the tree of treeSize events (administrators and reviewers)")
    @APIResponse(responseCode = "200", description = "leafIndex = seq - 1, the event hash, the root and the audit path (hex)")
    @APIResponse(responseCode = "400", description = "A parameter is not valid; the fields say which")
    @APIResponse(responseCode = "403", description = "Neither administrator nor reviewer")
    @APIResponse(responseCode = "404", description = "The log has no tree of that size")
    public AuditProofs.InclusionProof inclusion(@QueryParam("seq") String seq, @QueryParam("treeSize") String treeSize) {
        return proofs.inclusion(positive("seq", seq), positive("treeSize", treeSize));
    }

    @GET
    @Path("/proofs/consistency")
    @Operation(summary = "RFC 9162 consistency proof between two tree sizes (administrators and reviewers)")
    @APIResponse(responseCode = "200", description = "Both roots and the proof (hex)")
    @APIResponse(responseCode = "400", description = "A parameter is not valid; the fields say which")
    @APIResponse(responseCode = "403", description = "Neither administrator nor reviewer")
    @APIResponse(responseCode = "404", description = "The log has no tree of that size")
    public AuditProofs.ConsistencyProof consistency(@QueryParam("first") String first,
            @QueryParam("second") String second) {
        return proofs.consistency(positive("first", first), positive("second", second));
    }

    @GET
    @Path("/export")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Every sealed event after afterSeq, one line each: its canonical content exactly as hashed "
            + "(administrators). The Link header names the next page.")
    @APIResponse(responseCode = "200", description = "UTF-8 lines; see docs/audit-log-format.md §7")
    @APIResponse(responseCode = "400", description = "A parameter is not valid; the fields say which")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Response export(@Parameter(description = "default 0") @QueryParam("afterSeq") String afterSeq,
            @Parameter(description = "1 to 10000; default 1000") @QueryParam("limit") String limit) {
        long after = afterSeq == null ? 0 : positiveOrZero("afterSeq", afterSeq);
        int size = limit == null ? 1000 : (int) Math.min(positive("limit", limit), Integer.MAX_VALUE);
        AuditProofs.ExportPage page = proofs.export(after, size);
        StringBuilder body = new StringBuilder();
        page.lines().forEach(line -> body.append(line).append('\n'));
        Response.ResponseBuilder response = Response.ok(body.toString(), "text/plain; charset=UTF-8");
        if (page.nextAfterSeq() != null) {
            response.header("Link", "<" + uri.getBaseUriBuilder().path(AuditResource.class).path("export")
                    .queryParam("afterSeq", page.nextAfterSeq()).queryParam("limit", size).build() + ">; rel=\"next\"");
        }
        return response.build();
    }

    @GET
    @Path("/keys/current.pem")
    @Produces("application/x-pem-file")
    @Operation(summary = "The installed signing public key (administrators and reviewers); compare the "
            + "X-Key-Fingerprint header with the fingerprint published out of band")
    @APIResponse(responseCode = "200", description = "PEM SubjectPublicKeyInfo")
    @APIResponse(responseCode = "403", description = "Neither administrator nor reviewer")
    public Response currentKey() {
        return Response.ok(proofs.currentKeyPem()).header("X-Key-Fingerprint", proofs.currentKeyFingerprint()).build();
    }

    private static long positiveOrZero(String field, String value) {
        return "0".equals(value) ? 0 : positive(field, value);
    }

    private static VerificationStart start(String from) {
        if (from == null || from.isBlank()) {
            return VerificationStart.GENESIS;
        }
        try {
            return VerificationStart.valueOf(from.strip());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("from", "must be GENESIS or LATEST_CHECKPOINT");
        }
    }

    private static long positive(String field, String value) {
        if (value == null || !value.matches("[1-9][0-9]{0,17}")) {
            throw new ValidationException(field, "must be a whole number of 1 or more");
        }
        return Long.parseLong(value);
    }
}
