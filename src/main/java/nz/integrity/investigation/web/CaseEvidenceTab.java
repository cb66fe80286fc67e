package nz.integrity.investigation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nz.integrity.investigation.CaseRecords;
import nz.integrity.investigation.EvidenceItem;
import nz.integrity.investigation.Provenance;
import nz.integrity.platform.web.Messages;
import nz.integrity.platform.web.ServiceFeedback;

import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The case page's Evidence tab: the register with provenance and file hashes, adding items, downloading files. */
@Named
@ViewScoped
public class CaseEvidenceTab implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TAB = "caseForm:tabs:";
    private static final Map<String, String> INPUTS = Map.of(
            "description", TAB + "evidenceDescription",
            "source", TAB + "evidenceSource",
            "legalChannel", TAB + "evidenceLegalChannel",
            "purpose", TAB + "evidencePurpose",
            "collectedOn", TAB + "evidenceCollectedOn",
            "file", TAB + "evidenceFile");

    @Inject
    transient CaseRecords records;

    @Inject
    CaseFilePage caseFile;

    private transient List<EvidenceItem> items;
    private String description;
    private String source;
    private String legalChannel;
    private String purpose;
    private LocalDate collectedOn;
    /** Only lives for the request that uploads it; the service keeps the bytes. */
    private transient Part file;

    public List<EvidenceItem> getItems() {
        if (items == null) {
            items = records.evidence(caseFile.getReference());
        }
        return items;
    }

    public void add() {
        boolean withFile = file != null && file.getSize() > 0;
        byte[] content = withFile ? contentOf(file) : null;
        ServiceFeedback.obtain(() -> records.addEvidence(caseFile.getReference(),
                        new Provenance(description, source, legalChannel, purpose, collectedOn),
                        withFile ? file.getSubmittedFileName() : null, withFile ? file.getContentType() : null,
                        content), INPUTS)
                .ifPresent(item -> {
                    Messages.info("case.evidence.added", item.provenance().description());
                    description = null;
                    source = null;
                    legalChannel = null;
                    purpose = null;
                    collectedOn = null;
                    items = null;
                });
        file = null;
    }

    private static byte[] contentOf(Part upload) {
        try (var in = upload.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded evidence file could not be read", e);
        }
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getLegalChannel() {
        return legalChannel;
    }

    public void setLegalChannel(String legalChannel) {
        this.legalChannel = legalChannel;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public LocalDate getCollectedOn() {
        return collectedOn;
    }

    public void setCollectedOn(LocalDate collectedOn) {
        this.collectedOn = collectedOn;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
