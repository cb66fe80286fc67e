package nz.integrity.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.Version;
import nz.integrity.platform.time.ValidityWindow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A named officer's authority to make one kind of decision, for a period, under a delegation instrument. */
@Entity
@Table(name = "delegation")
public class Delegation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "delegate_id")
    private StaffMember delegate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private DelegatedAuthority authority;

    @Column(nullable = false, length = 200)
    private String instrument;

    @Embedded
    private ValidityWindow window;

    @Column(name = "granted_by", nullable = false, length = 64)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_reason", length = 2000)
    private String revokedReason;

    @Version
    private long version;

    protected Delegation() {
        // for JPA
    }

    public Delegation(StaffMember delegate, DelegatedAuthority authority, String instrument, LocalDate validFrom,
                      LocalDate validTo, String grantedBy, Instant grantedAt) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.authority = Objects.requireNonNull(authority, "authority");
        if (instrument == null || instrument.isBlank()) {
            throw new IllegalArgumentException("Name the delegation instrument");
        }
        if (!ValidityWindow.isWindow(validFrom, validTo)) {
            throw new IllegalArgumentException("A delegation needs a start date and an end date on or after it");
        }
        if (delegate.username().equals(grantedBy)) {
            throw new IllegalArgumentException("Nobody can grant a delegation to themselves");
        }
        this.instrument = instrument.strip();
        this.window = ValidityWindow.from(validFrom, validTo);
        this.grantedBy = Objects.requireNonNull(grantedBy, "grantedBy");
        this.grantedAt = Objects.requireNonNull(grantedAt, "grantedAt");
    }

    public boolean isInForceOn(LocalDate day) {
        return revokedAt == null && window.contains(day);
    }

    public void revoke(Instant at, String reason) {
        if (revokedAt != null) {
            throw new IllegalStateException("This delegation is already revoked");
        }
        this.revokedAt = at;
        this.revokedReason = reason;
    }

    public Long id() {
        return id;
    }

    public StaffMember delegate() {
        return delegate;
    }

    public DelegatedAuthority authority() {
        return authority;
    }

    public String instrument() {
        return instrument;
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

    public String grantedBy() {
        return grantedBy;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }
}
