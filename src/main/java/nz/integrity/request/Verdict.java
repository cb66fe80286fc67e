package nz.integrity.request;

import nz.integrity.request.content.ApprovedContentHash;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * An approver's decision on one submission of a request: part of the {@link InformationRequest} aggregate and written
 * with it. The key (request, submission) is the database's backstop against two decisions on one submission.
 */
@Entity
@Table(name = "request_verdict")
@IdClass(Verdict.Key.class)
public class Verdict {

    /** What an approver decided; a return sends the request back for rework, a rejection ends it. */
    public enum Kind { APPROVED, RETURNED, REJECTED }

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private InformationRequest request;

    @Id
    @Column(name = "submission_number")
    private int submissionNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "verdict", nullable = false, length = 20)
    private Kind kind;

    @Column(name = "decided_by", nullable = false, length = 64)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    protected Verdict() {
        // for JPA
    }

    Verdict(InformationRequest request, Kind kind, String decidedBy, Instant decidedAt, String reason, ApprovedContentHash contentHash) {
        this.request = Objects.requireNonNull(request, "request");
        this.submissionNumber = request.submissionNumber();
        this.kind = Objects.requireNonNull(kind, "kind");
        this.decidedBy = Objects.requireNonNull(decidedBy, "decidedBy");
        this.decidedAt = Objects.requireNonNull(decidedAt, "decidedAt");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.contentHash = contentHash.hex();
    }

    public int submissionNumber() {
        return submissionNumber;
    }

    public Kind kind() {
        return kind;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String reason() {
        return reason;
    }

    public String contentHash() {
        return contentHash;
    }

    public RequestVerdict view() {
        return new RequestVerdict(submissionNumber, kind.name(), decidedBy, decidedAt, reason);
    }

    /** The composite key JPA needs for a child keyed by its parent and the submission number. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long request;
        private int submissionNumber;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(request, key.request) && submissionNumber == key.submissionNumber;
        }

        @Override
        public int hashCode() {
            return Objects.hash(request, submissionNumber);
        }
    }
}
