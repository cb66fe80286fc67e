package nz.integrity.request;

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
 * An approver's recorded reason for approving despite an OVERRIDE-level rule, or their acknowledgement of a WARN
 * rule, on one submission. Written with the approval it belongs to, as part of the {@link InformationRequest}.
 */
@Entity
@Table(name = "rule_override")
@IdClass(RuleOverride.Key.class)
public class RuleOverride {

    public enum Kind { OVERRIDE, ACKNOWLEDGEMENT }

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private InformationRequest request;

    @Id
    @Column(name = "submission_number")
    private int submissionNumber;

    @Id
    @Column(name = "rule_id", length = 10)
    private String ruleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected RuleOverride() {
        // for JPA
    }

    RuleOverride(InformationRequest request, String ruleId, Kind kind, String reason, String recordedBy, Instant recordedAt) {
        this.request = Objects.requireNonNull(request, "request");
        this.submissionNumber = request.submissionNumber();
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    }

    public int submissionNumber() {
        return submissionNumber;
    }

    public String ruleId() {
        return ruleId;
    }

    public Kind kind() {
        return kind;
    }

    public String reason() {
        return reason;
    }

    public String recordedBy() {
        return recordedBy;
    }

    /** The composite key JPA needs for a child keyed by its parent, the submission and the rule. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long request;
        private int submissionNumber;
        private String ruleId;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(request, key.request)
                    && submissionNumber == key.submissionNumber && Objects.equals(ruleId, key.ruleId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(request, submissionNumber, ruleId);
        }
    }
}
