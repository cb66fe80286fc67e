package nz.integrity.request.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import nz.integrity.investigation.CaseRecords;
import nz.integrity.investigation.EvidenceItem;
import nz.integrity.investigation.EvidenceScope;
import nz.integrity.platform.web.Messages;
import nz.integrity.platform.web.ServiceFeedback;
import nz.integrity.request.RequestResponses;
import nz.integrity.request.RequestResponses.ReceivedDocument;
import nz.integrity.request.RequestResponses.TriageDecision;
import nz.integrity.request.RequestStatus;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request page's response section (R33): record what the recipient sent, triage each received document in
 * or out of scope with a reason, record the disposal of quarantined material, and complete the request.
 * Everything is decided by {@link RequestResponses}; this bean only gathers the inputs.
 */
@Named
@ViewScoped
public class RequestResponsePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "responseForm:";

    @Inject
    transient RequestResponses responses;

    @Inject
    transient CaseRecords records;

    @Inject
    transient Clock clock;

    @Inject
    RequestPage page;

    private LocalDate receivedOn;
    private String description;
    /** Only live for the request that uploads them; the service keeps the bytes. */
    private transient List<Part> files;
    private List<TriageLine> lines;
    private Long disposing;
    private String disposalNote;

    /** One received document awaiting (or showing) its triage decision. */
    public static final class TriageLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long evidenceId;
        private final String description;
        private final String fileName;
        private final String sha256;
        private final EvidenceScope decided;
        private final boolean disposed;
        private EvidenceScope scope;
        private String reason;

        TriageLine(EvidenceItem item) {
            evidenceId = item.id();
            description = item.provenance().description();
            fileName = item.fileName().orElse(null);
            sha256 = item.sha256().orElse(null);
            decided = item.scope().orElse(null);
            disposed = item.disposedAt().isPresent();
        }

        public boolean isUndecided() {
            return decided == null;
        }

        public boolean isAwaitingDisposal() {
            return decided == EvidenceScope.OUT_OF_SCOPE && !disposed;
        }

        public long getEvidenceId() { return evidenceId; }
        public String getDescription() { return description; }
        public String getFileName() { return fileName; }
        public String getSha256() { return sha256; }
        public EvidenceScope getDecided() { return decided; }
        public boolean isDisposed() { return disposed; }
        public EvidenceScope getScope() { return scope; }
        public void setScope(EvidenceScope scope) { this.scope = scope; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    /** The response is the case's business: shown to those who may see the case, never to an outside approver. */
    public boolean isShown() {
        return page.isIssued() && page.isCaseVisible();
    }

    public boolean isRecordable() {
        return page.isInvestigator() && (page.getStatus() == RequestStatus.ISSUED || page.getStatus() == RequestStatus.AWAITING_RESPONSE);
    }

    public boolean isTriageOpen() {
        return page.isInvestigator() && page.getStatus() == RequestStatus.RESPONSE_RECEIVED;
    }

    public boolean isCompletable() {
        return page.isInvestigator() && page.getStatus() == RequestStatus.TRIAGED;
    }

    public List<TriageLine> getLines() {
        if (lines == null) {
            lines = isShown() ? ServiceFeedback.obtain(() -> responses.received(page.getReference()), Map.of())
                    .map(items -> items.stream().map(TriageLine::new).toList()).orElse(List.of()) : List.of();
        }
        return lines;
    }

    public void recordResponse() {
        List<ReceivedDocument> documents = new ArrayList<>();
        for (Part file : files == null ? List.<Part>of() : files) {
            if (file.getSize() > 0) {
                documents.add(new ReceivedDocument(describe(file), file.getSubmittedFileName(), file.getContentType(), contentOf(file)));
            }
        }
        boolean recorded = ServiceFeedback.attempt(() -> responses.recordResponse(page.getReference(), receivedOn, documents),
                Map.of("receivedOn", FORM + "receivedOn", "documents", FORM + "files", "file", FORM + "files",
                        "description", FORM + "responseDescription"));
        files = null;
        if (recorded) {
            Messages.info("request.response.recorded", documents.size(), page.getReference());
            description = null;
            changed();
        }
    }

    /** With several files, each carries the shared description and its own name, so the register tells them apart. */
    private String describe(Part file) {
        return files.size() > 1 && description != null && !description.isBlank()
                ? description.strip() + " (" + file.getSubmittedFileName() + ")" : description;
    }

    private static byte[] contentOf(Part upload) {
        try (var in = upload.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded response could not be read", e);
        }
    }

    public void triage() {
        Map<Long, TriageDecision> decisions = new LinkedHashMap<>();
        getLines().stream().filter(line -> line.isUndecided() && line.getScope() != null)
                .forEach(line -> decisions.put(line.getEvidenceId(), new TriageDecision(line.getScope(), line.getReason())));
        if (ServiceFeedback.attempt(() -> responses.triage(page.getReference(), decisions), Map.of())) {
            Messages.info("request.triage.recorded", decisions.size());
            changed();
        }
    }

    public void prepareDisposal(long evidenceId) {
        disposing = evidenceId;
        disposalNote = null;
    }

    public void recordDisposal() {
        if (ServiceFeedback.attempt(() -> records.recordDisposal(page.getCaseReference(), disposing, disposalNote),
                Map.of("reason", "disposalForm:disposalNote"))) {
            Messages.info("request.disposal.recorded");
            changed();
        }
    }

    public void complete() {
        if (ServiceFeedback.attempt(() -> responses.complete(page.getReference()), Map.of())) {
            Messages.info("request.completed", page.getReference());
            changed();
        }
    }

    private void changed() {
        lines = null;
        page.refresh();
    }

    public EvidenceScope[] getScopes() {
        return EvidenceScope.values();
    }

    /** The day it arrived is usually today, in New Zealand. */
    public LocalDate getReceivedOn() {
        if (receivedOn == null) {
            receivedOn = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        }
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public List<Part> getFiles() { return files; }
    public void setFiles(List<Part> files) { this.files = files; }
    public String getDisposalNote() { return disposalNote; }
    public void setDisposalNote(String disposalNote) { this.disposalNote = disposalNote; }
}
