package nz.integrity.investigation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nz.integrity.platform.BusinessRuleException;
import nz.integrity.platform.ValidationException;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nz.integrity.platform.time.NewZealandTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** An entry in the evidence register: provenance always, and optionally a stored file with its SHA-256. */
@Entity
@Table(name = "evidence_item")
public class EvidenceItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private InvestigationCase investigationCase;

    @Column(nullable = false, length = 500)
    private String description;

    @Column(nullable = false, length = 200)
    private String source;

    @Column(name = "legal_channel", nullable = false, length = 200)
    private String legalChannel;

    @Column(nullable = false, length = 500)
    private String purpose;

    @Column(name = "collected_by", nullable = false, length = 64)
    private String collectedBy;

    @Column(name = "collected_on", nullable = false)
    private LocalDate collectedOn;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(name = "media_type", length = 100)
    private String mediaType;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(length = 64)
    private String sha256;

    /** The information request whose response supplied this item, if any (provenance, R33). */
    @Column(name = "source_request_id")
    private Long sourceRequestId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private EvidenceScope scope;

    @Column(name = "triage_reason", length = 2000)
    private String triageReason;

    @Column(name = "triaged_by", length = 64)
    private String triagedBy;

    @Column(name = "triaged_at")
    private Instant triagedAt;

    @Column(name = "disposed_at")
    private Instant disposedAt;

    @Column(name = "disposed_by", length = 64)
    private String disposedBy;

    @Column(name = "disposal_note", length = 2000)
    private String disposalNote;

    protected EvidenceItem() {
        // for JPA
    }

    public EvidenceItem(InvestigationCase investigationCase, Provenance provenance, String collectedBy, Instant recordedAt) {
        if (investigationCase.status().isClosed()) {
            throw new BusinessRuleException("Evidence cannot be added to a closed case.");
        }
        if (provenance.collectedOn().isAfter(NewZealandTime.dateOf(recordedAt))) {
            throw new ValidationException("collectedOn", "The collection date cannot be in the future.");
        }
        this.investigationCase = investigationCase;
        this.description = provenance.description();
        this.source = provenance.source();
        this.legalChannel = provenance.legalChannel();
        this.purpose = provenance.purpose();
        this.collectedOn = provenance.collectedOn();
        this.collectedBy = collectedBy;
        this.recordedAt = recordedAt;
    }

    /** Marks the item as received in response to a request, so its provenance names that request. */
    public void receivedInResponseTo(long requestId) {
        if (sourceRequestId != null) {
            throw new IllegalStateException("The item already records its source request");
        }
        this.sourceRequestId = requestId;
    }

    /**
     * Decides whether received material falls within what the request asked for. Out-of-scope material is
     * quarantined: nobody can open it, and it waits for its disposal to be recorded.
     */
    public void triage(EvidenceScope decided, String reason, String by, Instant at) {
        if (sourceRequestId == null) {
            throw new BusinessRuleException("Only material received in response to a request is triaged.");
        }
        if (scope != null) {
            throw new BusinessRuleException("This item has already been triaged as " + scope.name().toLowerCase().replace('_', ' ') + ".");
        }
        this.scope = java.util.Objects.requireNonNull(decided, "scope");
        this.triageReason = reason;
        this.triagedBy = by;
        this.triagedAt = at;
    }

    public void recordDisposal(String note, String by, Instant at) {
        if (!isQuarantined()) {
            throw new BusinessRuleException("Only quarantined out-of-scope material is disposed of.");
        }
        if (disposedAt != null) {
            throw new BusinessRuleException("The disposal of this item is already recorded.");
        }
        this.disposalNote = note;
        this.disposedBy = by;
        this.disposedAt = at;
    }

    public boolean isQuarantined() {
        return scope == EvidenceScope.OUT_OF_SCOPE;
    }

    public Optional<Long> sourceRequestId() {
        return Optional.ofNullable(sourceRequestId);
    }

    public Optional<EvidenceScope> scope() {
        return Optional.ofNullable(scope);
    }

    public Optional<Instant> disposedAt() {
        return Optional.ofNullable(disposedAt);
    }

    /** Describes the attached file; the bytes themselves are kept in {@link EvidenceContent}. */
    void describeFile(String name, String type, long size, String digest) {
        if (fileName != null) {
            throw new IllegalStateException("Evidence files are never replaced; record a new item instead.");
        }
        this.fileName = name;
        this.mediaType = type;
        this.sizeBytes = size;
        this.sha256 = digest;
    }

    public Long id() {
        return id;
    }

    public Provenance provenance() {
        return new Provenance(description, source, legalChannel, purpose, collectedOn);
    }

    public String collectedBy() {
        return collectedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Optional<String> fileName() {
        return Optional.ofNullable(fileName);
    }

    public Optional<String> mediaType() {
        return Optional.ofNullable(mediaType);
    }

    public Optional<Long> sizeBytes() {
        return Optional.ofNullable(sizeBytes);
    }

    public Optional<String> sha256() {
        return Optional.ofNullable(sha256);
    }
}
