package nz.integrity.investigation.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nz.integrity.investigation.AllegationType;
import nz.integrity.investigation.CaseAuditTimeline;
import nz.integrity.investigation.CaseCursor;
import nz.integrity.investigation.CaseFilter;
import nz.integrity.investigation.CaseList;
import nz.integrity.investigation.CasePage;
import nz.integrity.investigation.CaseRecords;
import nz.integrity.investigation.CaseService;
import nz.integrity.investigation.CaseSort;
import nz.integrity.investigation.CaseStatus;
import nz.integrity.investigation.CaseSubject;
import nz.integrity.investigation.rest.CaseViews.Assignment;
import nz.integrity.investigation.rest.CaseViews.CaseView;
import nz.integrity.investigation.rest.CaseViews.DecisionView;
import nz.integrity.investigation.rest.CaseViews.DiaryView;
import nz.integrity.investigation.rest.CaseViews.EvidenceView;
import nz.integrity.investigation.rest.CaseViews.NewCase;
import nz.integrity.investigation.rest.CaseViews.NewDiaryEntry;
import nz.integrity.investigation.rest.CaseViews.NewEvidence;
import nz.integrity.investigation.rest.CaseViews.NewSubject;
import nz.integrity.investigation.rest.CaseViews.PageView;
import nz.integrity.investigation.rest.CaseViews.SubjectView;
import nz.integrity.investigation.rest.CaseViews.Transition;
import nz.integrity.investigation.DiaryEntry;
import nz.integrity.investigation.EvidenceItem;
import nz.integrity.investigation.InvestigationCase;
import nz.integrity.investigation.PeriodUnderInvestigation;
import nz.integrity.investigation.Provenance;
import nz.integrity.investigation.Referral;
import nz.integrity.platform.ValidationException;
import nz.integrity.platform.rest.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;

/** Investigation cases over REST: the same services, scope and audit as the pages. */
@Path("/cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
public class CasesResource {

    @Inject
    CaseService cases;

    @Inject
    CaseList list;

    @Inject
    CaseRecords records;

    @Inject
    CaseAuditTimeline timeline;

    @jakarta.ws.rs.core.Context
    UriInfo uri;

    @GET
    @Operation(summary = "Cases within your teams and assignments, newest first by default; follow 'next' for more")
    public PageView list(@QueryParam("status") String status, @QueryParam("allegationType") String allegation,
                         @QueryParam("team") String team, @QueryParam("assignee") String assignee,
                         @QueryParam("reference") String reference, @QueryParam("client") String client,
                         @QueryParam("mine") @DefaultValue("false") boolean mine,
                         @QueryParam("sort") String sort, @QueryParam("after") String after,
                         @QueryParam("size") String size) {
        CaseFilter filter = new CaseFilter(Params.optionalEnum(CaseStatus.class, status, "status"),
                Params.optionalEnum(AllegationType.class, allegation, "allegationType"), team, assignee, reference, client, mine);
        CaseSort order = Optional.ofNullable(Params.optionalEnum(CaseSort.class, sort, "sort")).orElse(CaseSort.NEWEST);
        CasePage page = list.page(filter, order, after == null ? null : CaseCursor.parse(after),
                Params.intBetween(size, 25, 1, CaseList.MAX_PAGE_SIZE, "size"));
        return new PageView(page.rows(), page.next().map(CaseCursor::token).orElse(null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a referral; the case starts in REFERRAL")
    public Response register(NewCase body) {
        if (body == null) {
            throw new ValidationException("body", "Send the referral as JSON.");
        }
        InvestigationCase created = cases.registerReferral(() -> new Referral(body.referralSource(), body.dataMatchChannel(),
                body.allegationType(), body.allegationSummary(), period(body)), body.team());
        return Response.created(uri.getAbsolutePathBuilder().path(created.reference().value()).build())
                .entity(CaseView.of(created)).build();
    }

    @GET
    @Path("/{reference}")
    @Operation(summary = "One case; 404 also when the case is outside your teams")
    public CaseView get(@PathParam("reference") String reference) {
        return CaseView.of(cases.open(reference));
    }

    @POST
    @Path("/{reference}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the case to a target status with a reason (outcome or review date where needed)")
    public DecisionView transition(@PathParam("reference") String reference, Transition body) {
        if (body == null || body.target() == null) {
            throw new ValidationException("target", "Name the target status.");
        }
        return DecisionView.of(cases.moveTo(reference, body.target(), body.reason(), body.outcome(), body.reviewDate()));
    }

    @GET
    @Path("/{reference}/decisions")
    @Operation(summary = "Every status change of the case with who decided and why")
    public List<DecisionView> decisions(@PathParam("reference") String reference) {
        return cases.decisions(reference).stream().map(DecisionView::of).toList();
    }

    @PUT
    @Path("/{reference}/assignee")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign the case to an investigator of its team")
    public CaseView assign(@PathParam("reference") String reference, Assignment body) {
        return CaseView.of(cases.assign(reference, body == null ? null : body.assignee()));
    }

    @GET
    @Path("/{reference}/subjects")
    @Operation(summary = "The people the case is about")
    public List<SubjectView> subjects(@PathParam("reference") String reference) {
        return cases.subjects(reference).stream().map(SubjectView::of).toList();
    }

    @POST
    @Path("/{reference}/subjects")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a registered client as a subject, with their role")
    public Response addSubject(@PathParam("reference") String reference, NewSubject body) {
        CaseSubject subject = cases.addSubject(reference, body == null ? null : body.clientNumber(),
                body == null ? null : body.role());
        return Response.status(Response.Status.CREATED).entity(SubjectView.of(subject)).build();
    }

    @GET
    @Path("/{reference}/diary")
    @Operation(summary = "The case diary, oldest entry first")
    public List<DiaryView> diary(@PathParam("reference") String reference) {
        return records.diary(reference).stream().map(DiaryView::of).toList();
    }

    @POST
    @Path("/{reference}/diary")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Append a diary entry; to correct an entry, name it in 'corrects'")
    public Response addDiaryEntry(@PathParam("reference") String reference, NewDiaryEntry body) {
        DiaryEntry entry = records.addDiaryEntry(reference, body == null ? null : body.text(),
                body == null ? null : body.corrects());
        return Response.status(Response.Status.CREATED).entity(DiaryView.of(entry)).build();
    }

    @GET
    @Path("/{reference}/evidence")
    @Operation(summary = "The evidence register of the case, with provenance and file hashes")
    public List<EvidenceView> evidence(@PathParam("reference") String reference) {
        return records.evidence(reference).stream().map(EvidenceView::of).toList();
    }

    @POST
    @Path("/{reference}/evidence")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register evidence with its provenance; an optional file travels base64-encoded in 'content'")
    public Response addEvidence(@PathParam("reference") String reference, NewEvidence body) {
        if (body == null) {
            throw new ValidationException("body", "Send the evidence as JSON.");
        }
        byte[] file = Params.base64(body.content(), "content");
        EvidenceItem item = records.addEvidence(reference, new Provenance(body.description(), body.source(),
                body.legalChannel(), body.purpose(), body.collectedOn()), body.fileName(), body.mediaType(), file);
        return Response.status(Response.Status.CREATED).entity(EvidenceView.of(item)).build();
    }

    @GET
    @Path("/{reference}/evidence/{id}/file")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download the exact stored file; its SHA-256 is in the X-Content-SHA256 header")
    public Response evidenceFile(@PathParam("reference") String reference, @PathParam("id") long id) {
        CaseRecords.StoredFile file = records.downloadEvidence(reference, id);
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .header("X-Content-SHA256", file.sha256())
                .build();
    }

    @GET
    @Path("/{reference}/audit")
    @Operation(summary = "The audit timeline of the case and its requests (supervisor of the case's team)")
    public List<CaseAuditTimeline.Event> audit(@PathParam("reference") String reference) {
        return timeline.of(reference);
    }

    public record Disposal(String note) {
    }

    @POST
    @Path("/{reference}/evidence/{id}/disposal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record how quarantined out-of-scope material was disposed of; its stored content is removed")
    public EvidenceView dispose(@PathParam("reference") String reference, @PathParam("id") long id, Disposal body) {
        return EvidenceView.of(records.recordDisposal(reference, id, body == null ? null : body.note()));
    }

    private static PeriodUnderInvestigation period(NewCase body) {
        try {
            return new PeriodUnderInvestigation(body.periodFrom(), body.periodTo());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("period", e.getMessage());
        }
    }
}
