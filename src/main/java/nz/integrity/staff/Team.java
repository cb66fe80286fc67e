package nz.integrity.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nz.integrity.platform.security.Role;

/** A fraud team (for example a regional team): its members see its cases, its supervisor decides on them. */
@Entity
@Table(name = "team")
public class Team {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,19}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "supervisor_id")
    private StaffMember supervisor;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "team_member", joinColumns = @JoinColumn(name = "team_id"),
            inverseJoinColumns = @JoinColumn(name = "staff_member_id"))
    private Set<StaffMember> members = new HashSet<>();

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Team() {
        // for JPA
    }

    public Team(String code, String name) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A team code is 2 to 20 capital letters, digits or '-', starting with a letter");
        }
        this.code = code;
        this.name = requireName(name);
    }

    public void rename(String newName) {
        this.name = requireName(newName);
    }

    public void appointSupervisor(StaffMember newSupervisor) {
        if (!newSupervisor.hasRole(Role.SUPERVISOR)) {
            throw new IllegalArgumentException(newSupervisor.username() + " does not have the supervisor role");
        }
        this.supervisor = newSupervisor;
    }

    /** Membership opens the team's cases, so only people who work cases can be members. */
    public void addMember(StaffMember member) {
        if (!member.hasRole(Role.INVESTIGATOR) && !member.hasRole(Role.SUPERVISOR)) {
            throw new IllegalArgumentException(member.username() + " has neither the investigator nor the supervisor role");
        }
        members.add(member);
    }

    public void removeMember(StaffMember member) {
        members.remove(member);
    }

    public boolean hasMember(StaffMember member) {
        return members.contains(member);
    }

    public boolean isSupervisedBy(StaffMember member) {
        return supervisor != null && supervisor.equals(member);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Optional<StaffMember> supervisor() {
        return Optional.ofNullable(supervisor);
    }

    public Set<StaffMember> members() {
        return Collections.unmodifiableSet(members);
    }

    public boolean isActive() {
        return active;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A team name is required");
        }
        if (name.strip().length() > 200) {
            throw new IllegalArgumentException("A team name can have at most 200 characters");
        }
        return nz.integrity.platform.Names.require(name,
                "A team name needs visible letters and no invisible direction or control characters");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Team team && id != null && id.equals(team.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
