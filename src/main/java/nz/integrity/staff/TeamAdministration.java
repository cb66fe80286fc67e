package nz.integrity.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import nz.integrity.audit.AuditTrail;
import nz.integrity.audit.AuditedAction;
import nz.integrity.platform.BusinessRuleException;
import nz.integrity.platform.FieldChecks;
import nz.integrity.platform.NotFoundException;
import nz.integrity.platform.Reasons;
import nz.integrity.platform.security.Authorization;
import nz.integrity.platform.security.CallerContext;
import nz.integrity.platform.security.Role;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Teams and their people. Membership and supervision decide who sees which cases, so every change is audited;
 * administrators manage the teams but, without a case role, see none of their cases.
 */
@ApplicationScoped
public class TeamAdministration {

    static final String TEAM = "TEAM";

    @Inject
    TeamDirectory teams;

    @Inject
    StaffDirectory staff;

    @Inject
    Authorization authorization;

    @Inject
    AuditTrail audit;

    @Inject
    AdministrativeChanges changes;

    @Inject
    CallerContext caller;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Transactional
    public List<Team> listTeams() {
        authorization.requireAnyRole("LIST_TEAMS", TEAM, null, Role.ADMIN);
        return teams.all();
    }

    @Transactional
    public Team create(String code, String name) {
        authorization.requireAnyRole("CREATE_TEAM", TEAM, code, Role.ADMIN);
        String normalised = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
        FieldChecks checks = new FieldChecks();
        checks.requireText(normalised, "code", "Enter a team code.").requireText(name, "name", "Enter a team name.")
                .presentableName(name, "name");
        checks.throwIfAny();
        checks.require(teams.findByCode(normalised).isEmpty(), "code", "This team code is already in use.");
        Team team = checks.attempt("code", () -> new Team(normalised, name));
        checks.throwIfAny();
        em.persist(team);
        audit.record(AuditedAction.of("TEAM_CREATED", TEAM, team.code()).succeeded().with("name", team.name()));
        return team;
    }

    @Transactional
    public Team rename(String code, String newName) {
        authorization.requireAnyRole("RENAME_TEAM", TEAM, code, Role.ADMIN);
        Team team = find(code);
        String before = team.name();
        FieldChecks checks = new FieldChecks();
        checks.attempt("name", () -> {
            team.rename(newName);
            return team;
        });
        checks.throwIfAny();
        audit.record(AuditedAction.of("TEAM_RENAMED", TEAM, code).succeeded()
                .with("before", before).with("after", team.name()));
        return team;
    }

    /** Asks for the appointment; a second administrator decides it (SoD-7), because a supervisor decides cases. */
    @Transactional
    public PendingChange appointSupervisor(String code, String username, String reason) {
        authorization.requireAnyRole("APPOINT_SUPERVISOR", TEAM, code, Role.ADMIN);
        String why = Reasons.require(reason);
        Team team = find(code);
        StaffMember supervisor = activeStaff(username);
        if (!supervisor.hasRole(Role.SUPERVISOR)) {
            throw new BusinessRuleException(username + " does not have the supervisor role; only a supervisor can lead a team.");
        }
        return changes.request(PendingChange.appointSupervisor(team.code(), supervisor.username(), why,
                caller.username(), clock.instant()));
    }

    /**
     * Asks for the membership; the team's supervisor accepts the member or a second administrator approves it
     * (SoD-7), because membership opens the team's cases.
     */
    @Transactional
    public PendingChange addMember(String code, String username, String reason) {
        authorization.requireAnyRole("ADD_TEAM_MEMBER", TEAM, code, Role.ADMIN);
        String why = Reasons.require(reason);
        Team team = find(code);
        StaffMember member = activeStaff(username);
        if (team.hasMember(member)) {
            throw new BusinessRuleException(username + " is already a member of " + code + ".");
        }
        if (!member.hasRole(Role.INVESTIGATOR) && !member.hasRole(Role.SUPERVISOR)) {
            throw new BusinessRuleException(username + " has neither the investigator nor the supervisor role; "
                    + "team membership opens case content.");
        }
        return changes.request(PendingChange.addTeamMember(team.code(), member.username(), why,
                caller.username(), clock.instant()));
    }

    @Transactional
    public Team removeMember(String code, String username) {
        authorization.requireAnyRole("REMOVE_TEAM_MEMBER", TEAM, code, Role.ADMIN);
        Team team = find(code);
        StaffMember member = staff.findByUsername(username)
                .filter(team::hasMember)
                .orElseThrow(() -> new NotFoundException(username + " is not a member of " + code));
        team.removeMember(member);
        audit.record(AuditedAction.of("TEAM_MEMBER_REMOVED", TEAM, code).succeeded().with("member", username));
        return team;
    }

    private Team find(String code) {
        return teams.findByCode(code).orElseThrow(() -> new NotFoundException("No team " + code));
    }

    private StaffMember activeStaff(String username) {
        StaffMember member = staff.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("No staff member " + username));
        if (!member.isActive()) {
            throw new BusinessRuleException(username + " is deactivated.");
        }
        return member;
    }
}
