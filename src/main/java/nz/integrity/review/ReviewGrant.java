package nz.integrity.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nz.integrity.platform.BusinessRuleException;
import nz.integrity.platform.ValidationException;
import nz.integrity.platform.time.ValidityWindow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A reviewer's permission to read audit views: what scope, for how long, granted by whom and why. */
@Entity
@Table(name = "review_grant")
public class ReviewGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String reviewer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReviewMode mode;

    @Column(name = "case_reference", length = 15)
    private String caseReference;

    @Column(name = "client_authority", length = 300)
    private String clientAuthority;

    @Embedded
    private ValidityWindow window;

    @Column(name = "issued_by", nullable = false, length = 64)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_reason", length = 2000)
    private String revokedReason;

    protected ReviewGrant() {
        // for JPA
    }

    public ReviewGrant(String reviewer, ReviewMode mode, String caseReference, String clientAuthority,
                       LocalDate validFrom, LocalDate validTo, String issuedBy, Instant issuedAt, String reason) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (mode == null) {
            problems.put("mode", "Choose aggregate or identified access.");
        } else if (mode == ReviewMode.IDENTIFIED) {
            if (caseReference == null || caseReference.isBlank()) {
                problems.put("caseReference", "Identified access names the case it covers.");
            }
            if (clientAuthority == null || clientAuthority.isBlank()) {
                problems.put("clientAuthority", "Identified access needs the client's recorded authority.");
            }
        }
        if (!ValidityWindow.isWindow(validFrom, validTo)) {
            problems.put("validTo", "A grant needs a start date and an end date on or after it.");
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (reviewer.equals(issuedBy)) {
            throw new BusinessRuleException("Nobody grants review access to themselves (SoD-9).");
        }
        this.reviewer = reviewer;
        this.mode = mode;
        this.caseReference = mode == ReviewMode.IDENTIFIED ? caseReference.strip() : null;
        this.clientAuthority = mode == ReviewMode.IDENTIFIED ? clientAuthority.strip() : null;
        this.window = ValidityWindow.from(validFrom, validTo);
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
        this.reason = reason;
    }

    public boolean isInForceOn(LocalDate day) {
        return revokedAt == null && window.contains(day);
    }

    public void revoke(String why, Instant at) {
        if (revokedAt != null) {
            throw new BusinessRuleException("This grant is already revoked.");
        }
        revokedAt = at;
        revokedReason = why;
    }

    public Long id() {
        return id;
    }

    public String reviewer() {
        return reviewer;
    }

    public ReviewMode mode() {
        return mode;
    }

    public Optional<String> caseReference() {
        return Optional.ofNullable(caseReference);
    }

    public Optional<String> clientAuthority() {
        return Optional.ofNullable(clientAuthority);
    }

    public ValidityWindow window() {
        return window;
    }

    public LocalDate validFrom() {
        return window.validFrom();
    }

    public LocalDate validTo() {
        return window.validTo();
    }

    public String issuedBy() {
        return issuedBy;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String reason() {
        return reason;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public Optional<String> revokedReason() {
        return Optional.ofNullable(revokedReason);
    }
}
