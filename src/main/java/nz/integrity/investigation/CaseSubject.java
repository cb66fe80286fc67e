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
import nz.integrity.party.Client;

import java.time.Instant;
import java.util.Objects;

/** A person the case is about, and in what role: the client, their partner, or someone else. */
@Entity
@Table(name = "case_subject")
public class CaseSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private InvestigationCase investigationCase;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "client_id")
    private Client client;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SubjectRole role;

    @Column(name = "added_by", nullable = false, length = 64)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected CaseSubject() {
        // for JPA
    }

    public CaseSubject(InvestigationCase investigationCase, Client client, SubjectRole role, String addedBy, Instant addedAt) {
        if (investigationCase.status().isClosed()) {
            throw new nz.integrity.platform.BusinessRuleException("Subjects cannot be added to a closed case.");
        }
        this.investigationCase = investigationCase;
        this.client = Objects.requireNonNull(client, "client");
        this.role = Objects.requireNonNull(role, "role");
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public Long id() {
        return id;
    }

    public Client client() {
        return client;
    }

    public SubjectRole role() {
        return role;
    }

    public String addedBy() {
        return addedBy;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
