package nz.integrity.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.Objects;

/** Completed training on a version of the Code of Conduct; rule R21 requires it to be current to approve. */
@Entity
@Table(name = "code_training")
public class CodeTraining {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_member_id")
    private StaffMember staffMember;

    @Column(name = "code_version", nullable = false, length = 40)
    private String codeVersion;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected CodeTraining() {
        // for JPA
    }

    public CodeTraining(StaffMember staffMember, String codeVersion, LocalDate completedOn, LocalDate expiresOn,
                        String recordedBy) {
        this.staffMember = Objects.requireNonNull(staffMember, "staffMember");
        if (codeVersion == null || codeVersion.isBlank()) {
            throw new IllegalArgumentException("Name the Code version the training covered");
        }
        if (completedOn == null || expiresOn == null || !expiresOn.isAfter(completedOn)) {
            throw new IllegalArgumentException("Training needs a completion date and a later expiry date");
        }
        this.codeVersion = codeVersion.strip();
        this.completedOn = completedOn;
        this.expiresOn = expiresOn;
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
    }

    /**
     * Current from the day it was completed until the day before it expires: unlike a {@code ValidityWindow} the
     * last day is excluded, because training "expires on" a day, while authority is "valid to" one.
     */
    public boolean isCurrentOn(LocalDate day) {
        return isCurrent(completedOn, expiresOn, day);
    }

    static boolean isCurrent(LocalDate completedOn, LocalDate expiresOn, LocalDate day) {
        return !day.isBefore(completedOn) && day.isBefore(expiresOn);
    }

    public Long id() {
        return id;
    }

    public StaffMember staffMember() {
        return staffMember;
    }

    public String codeVersion() {
        return codeVersion;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }
}
