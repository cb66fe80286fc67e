package nz.integrity.investigation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** A recorded status change: who decided, in which capacity, when, why, and with which outcome. Never changed. */
@Entity
@Table(name = "case_decision")
public class CaseDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private InvestigationCase investigationCase;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, length = 40)
    private CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 40)
    private CaseStatus toStatus;

    @Column(name = "decided_by", nullable = false, length = 64)
    private String decidedBy;

    @Column(name = "decided_role", nullable = false, length = 20)
    private String decidedRole;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private CaseOutcome outcome;

    protected CaseDecision() {
        // for JPA
    }

    CaseDecision(InvestigationCase investigationCase, CaseStatus from, CaseStatus to, Decider decider, String reason,
                 CaseOutcome outcome, Instant at) {
        this.investigationCase = investigationCase;
        this.fromStatus = from;
        this.toStatus = to;
        this.decidedBy = decider.username();
        this.decidedRole = decider.capacity();
        this.reason = reason;
        this.outcome = outcome;
        this.decidedAt = at;
    }

    public Long id() {
        return id;
    }

    public CaseStatus fromStatus() {
        return fromStatus;
    }

    public CaseStatus toStatus() {
        return toStatus;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String decidedRole() {
        return decidedRole;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String reason() {
        return reason;
    }

    public Optional<CaseOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }
}
