package nz.integrity.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nz.integrity.platform.security.Role;

/**
 * A privileged change one administrator asked for and a second person must decide (SoD-7): never the requester,
 * never the person the change is about. The database repeats both rules as constraints.
 */
@Entity
@Table(name = "pending_change")
public class PendingChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ChangeKind kind;

    @Column(name = "target_username", nullable = false, length = 64)
    private String targetUsername;

    @Column(name = "team_code", length = 20)
    private String teamCode;

    @Column(length = 100)
    private String roles;

    @Column(name = "password_hash", length = 512)
    private String passwordHash;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ChangeStatus status = ChangeStatus.PENDING;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = 2000)
    private String decisionReason;

    @Version
    private long version;

    protected PendingChange() {
        // for JPA
    }

    private PendingChange(ChangeKind kind, String targetUsername, String reason, String requestedBy, Instant at) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.targetUsername = Objects.requireNonNull(targetUsername, "targetUsername");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
        this.requestedAt = Objects.requireNonNull(at, "at");
        if (requestedBy.equals(targetUsername)) {
            throw new IllegalArgumentException("Nobody asks for a privileged change to their own account (SoD-7)");
        }
    }

    public static PendingChange grantRoles(String target, Set<Role> roles, String reason, String by, Instant at) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("A staff member needs at least one role");
        }
        PendingChange change = new PendingChange(ChangeKind.GRANT_ROLES, target, reason, by, at);
        change.roles = StaffAdministration.names(roles);
        return change;
    }

    public static PendingChange addTeamMember(String teamCode, String member, String reason, String by, Instant at) {
        PendingChange change = new PendingChange(ChangeKind.ADD_TEAM_MEMBER, member, reason, by, at);
        change.teamCode = Objects.requireNonNull(teamCode, "teamCode");
        return change;
    }

    public static PendingChange appointSupervisor(String teamCode, String supervisor, String reason, String by,
                                                  Instant at) {
        PendingChange change = new PendingChange(ChangeKind.APPOINT_SUPERVISOR, supervisor, reason, by, at);
        change.teamCode = Objects.requireNonNull(teamCode, "teamCode");
        return change;
    }

    /** Keeps only the hash of the proposed password, and only until the decision. */
    public static PendingChange resetPassword(String target, String passwordHash, String reason, String by,
                                              Instant at) {
        PendingChange change = new PendingChange(ChangeKind.RESET_PASSWORD, target, reason, by, at);
        change.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        return change;
    }

    /**
     * Records the second person's approval; the caller then applies the change in the same transaction.
     *
     * @throws IllegalStateException when the change was already decided
     * @throws SecondPersonRequiredException when the approver asked for the change or is the person it concerns
     */
    public void approve(String approver, Instant at, String why) {
        decide(ChangeStatus.APPROVED, approver, at, why);
    }

    public void reject(String decider, Instant at, String why) {
        decide(ChangeStatus.REJECTED, decider, at, why);
    }

    private void decide(ChangeStatus outcome, String decider, Instant at, String why) {
        if (status != ChangeStatus.PENDING) {
            throw new IllegalStateException("This change was already " + status.name().toLowerCase()
                    + " by " + decidedBy + ".");
        }
        if (decider.equals(requestedBy)) {
            throw new SecondPersonRequiredException("You asked for this change; a second person has to decide it (SoD-7).");
        }
        if (decider.equals(targetUsername)) {
            throw new SecondPersonRequiredException("This change is about your own account; someone else has to decide it (SoD-7).");
        }
        status = outcome;
        decidedBy = decider;
        decidedAt = Objects.requireNonNull(at, "at");
        decisionReason = why;
        passwordHash = outcome == ChangeStatus.APPROVED ? passwordHash : null;
    }

    /** Hands the proposed hash over once, when the approved reset is applied. */
    String takePasswordHash() {
        if (status != ChangeStatus.APPROVED || passwordHash == null) {
            throw new IllegalStateException("Only an approved password reset carries a password");
        }
        String hash = passwordHash;
        passwordHash = null;
        return hash;
    }

    public boolean isPending() {
        return status == ChangeStatus.PENDING;
    }

    public Long id() {
        return id;
    }

    public ChangeKind kind() {
        return kind;
    }

    public String targetUsername() {
        return targetUsername;
    }

    public Optional<String> teamCode() {
        return Optional.ofNullable(teamCode);
    }

    public Set<Role> roles() {
        if (roles == null) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(roles.split(",")).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public String reason() {
        return reason;
    }

    public ChangeStatus status() {
        return status;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<String> decisionReason() {
        return Optional.ofNullable(decisionReason);
    }
}
