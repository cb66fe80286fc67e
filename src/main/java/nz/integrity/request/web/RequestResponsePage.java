package nz.integrity.request.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import nz.integrity.investigation.CaseRecords;
import nz.integrity.investigation.EvidenceItem;
import nz.integrity.investigation.EvidenceScope;
import nz.integrity.platform.ValidationException;
import nz.integrity.platform.time.NewZealandTime;
import nz.integrity.platform.web.Messages;
import nz.integrity.platform.web.ServiceFeedback;
import nz.integrity.request.RequestResponses;
import nz.integrity.request.RequestResponses.ReceivedDocument;
import nz.integrity.request.RequestResponses.TriageDecision;
import nz.integrity.request.content.RequestStatus;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
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

    public boolean isTriaged() {
        return page.isInvestigator() && page.getStatus() == RequestStatus.TRIAGED;
    }

    public long getAwaitingDisposal() {
        return getLines().stream().filter(TriageLine::isAwaitingDisposal).count();
    }

    /** Offered once quarantined material is disposed of; the service refuses completion before that anyway. */
    public boolean isCompletable() {
        return isTriaged() && getAwaitingDisposal() == 0;
    }

    public List<TriageLine> getLines() {
        if (lines == null) {
            lines = isShown() ? ServiceFeedback.obtain(() -> responses.received(page.getReference()), Map.of())
                    .map(items -> items.stream().map(TriageLine::new).toList()).orElse(List.of()) : List.of();
        }
        return lines;
    }

    /** Each file becomes one evidence item with the shared description; the register shows each file's name. */
    public void recordResponse() {
        List<Part> uploaded = files == null ? List.of() : files.stream().filter(file -> file.getSize() > 0).toList();
        files = null;
        var recorded = ServiceFeedback.obtain(() -> responses.recordResponse(page.getReference(), receivedOn,
                        uploaded.stream().map(this::received).toList()),
                Map.of("receivedOn", FORM + "receivedOn", "documents", FORM + "files", "file", FORM + "files",
                        "description", FORM + "responseDescription"));
        recorded.ifPresent(items -> {
            Messages.info("request.response.recorded", items.size(), page.getReference());
            description = null;
            changed();
        });
    }

    private ReceivedDocument received(Part file) {
        try (var in = file.getInputStream()) {
            return new ReceivedDocument(description, file.getSubmittedFileName(), file.getContentType(), in.readAllBytes());
        } catch (IOException e) {
            throw new ValidationException("file", "The file " + file.getSubmittedFileName() + " could not be read; upload it again.");
        }
    }

    /** Decisions without a reason are pointed out at their own document before anything is sent. */
    public void triage() {
        Map<Long, TriageDecision> decisions = new LinkedHashMap<>();
        List<TriageLine> all = getLines();
        boolean complete = true;
        for (int i = 0; i < all.size(); i++) {
            TriageLine line = all.get(i);
            if (line.isUndecided() && line.getScope() != null) {
                if (line.getReason() == null || line.getReason().isBlank()) {
                    Messages.errorAt("triageForm:lines:" + i + ":reason", "request.triage.reasonNeeded", line.getFileName());
                    complete = false;
                }
                decisions.put(line.getEvidenceId(), new TriageDecision(line.getScope(), line.getReason()));
            }
        }
        if (!complete) {
            return;
        }
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
        if (disposing == null) {
            return;
        }
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
            receivedOn = NewZealandTime.today(clock);
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
