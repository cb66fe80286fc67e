package nz.integrity.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nz.integrity.platform.Names;
import nz.integrity.platform.security.Role;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** A person who logs on: their credentials, roles and logon-failure state. */
@Entity
@Table(name = "staff_member")
public class StaffMember {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,63}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(name = "failed_logons", nullable = false)
    private int failedLogons;

    @Column(name = "locked_at")
    private Instant lockedAt;

    @Column(name = "last_logon_at")
    private Instant lastLogonAt;

    @Column(nullable = false)
    private boolean active = true;

    /** Set when someone else chose the password (a new account, a reset): its holder must replace it first. */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "staff_member_id"))
    @Column(name = "role", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected StaffMember() {
        // for JPA
    }

    public StaffMember(String username, String displayName, String passwordHash, Set<Role> roles) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException(
                    "A username is 3 to 64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("A display name is required");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("A staff member needs at least one role");
        }
        this.username = username;
        this.displayName = Names.require(displayName,
                "A display name needs visible letters and no invisible direction or control characters");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.roles = EnumSet.copyOf(roles);
    }

    /**
     * Counts a failed logon and locks the account when the limit is reached.
     *
     * @return true when this failure is the one that locked the account
     */
    public boolean recordFailedLogon(Instant at, int maxConsecutiveFailures) {
        if (isLocked()) {
            return false;
        }
        failedLogons++;
        if (failedLogons >= maxConsecutiveFailures) {
            lockedAt = at;
            return true;
        }
        return false;
    }

    public void recordSuccessfulLogon(Instant at) {
        if (isLocked()) {
            throw new IllegalStateException("A locked account cannot log on");
        }
        failedLogons = 0;
        lastLogonAt = at;
    }

    public void unlock() {
        lockedAt = null;
        failedLogons = 0;
    }

    /** Replaces the roles as a whole, so the audit trail can show exactly what they were and what they became. */
    public void changeRoles(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new IllegalArgumentException("A staff member needs at least one role");
        }
        this.roles = EnumSet.copyOf(newRoles);
    }

    /** Deactivated accounts cannot sign in but stay on record: audit events and case history refer to them. */
    public void deactivate() {
        active = false;
    }

    public void reactivate() {
        active = true;
    }

    /**
     * A password someone else chose (an administrator creating or resetting the account) is known to them, so it
     * only lets its holder choose their own. The old password stops working at once; the lock state is a separate,
     * separately audited decision.
     */
    public void assignTemporaryPassword(String newPasswordHash) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash, "newPasswordHash");
        this.passwordChangeRequired = true;
    }

    /** The holder's own choice, which ends any temporary password. */
    public void changeOwnPassword(String newPasswordHash) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash, "newPasswordHash");
        this.passwordChangeRequired = false;
    }

    public boolean mustChangePassword() {
        return passwordChangeRequired;
    }

    public boolean isLocked() {
        return lockedAt != null;
    }

    public boolean mayLogOn() {
        return active && !isLocked();
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public int failedLogons() {
        return failedLogons;
    }

    public Optional<Instant> lockedAt() {
        return Optional.ofNullable(lockedAt);
    }

    public Optional<Instant> lastLogonAt() {
        return Optional.ofNullable(lastLogonAt);
    }

    public boolean isActive() {
        return active;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffMember member && id != null && id.equals(member.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
