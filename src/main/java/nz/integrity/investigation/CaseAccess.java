package nz.integrity.investigation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nz.integrity.platform.security.AccessDeniedException;
import nz.integrity.platform.security.Authorization;
import nz.integrity.platform.security.CallerContext;
import nz.integrity.platform.security.Role;
import nz.integrity.staff.StaffDirectory;
import nz.integrity.staff.StaffMember;
import nz.integrity.staff.TeamDirectory;
import nz.integrity.staff.Team;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Need-to-know (NZISM 9.2.11): investigators reach the cases of their teams and cases assigned to them;
 * supervisors the cases of the teams they supervise or belong to; reviewers and administrators no case content.
 * The same scope filters lists and guards single cases, for pages and the API alike.
 */
@ApplicationScoped
public class CaseAccess {

    @Inject
    TeamDirectory teamDirectory;

    @Inject
    CallerContext caller;

    @Inject
    StaffDirectory staff;

    @Inject
    Authorization authorization;

    /** What the current caller may reach; empty when their role gives no access to case content at all. */
    public Optional<CaseScope> scopeOfCaller() {
        boolean investigator = caller.hasRole(Role.INVESTIGATOR);
        boolean supervisor = caller.hasRole(Role.SUPERVISOR);
        if (!investigator && !supervisor) {
            return Optional.empty();
        }
        Optional<StaffMember> me = staff.findByUsername(caller.username());
        if (me.isEmpty()) {
            return Optional.empty();
        }
        Set<Long> teams = new HashSet<>(teamDirectory.teamIdsOf(me.get().username()));
        if (supervisor) {
            teams.addAll(teamDirectory.supervisedTeamIdsOf(me.get().username()));
        }
        return Optional.of(new CaseScope(me.get(), investigator, supervisor, teams));
    }

    /** The teams in the caller's scope, by code: the choices for a referral's team or a list filter. */
    public List<Team> teamsOfCaller() {
        Set<Long> ids = scopeOfCaller().map(CaseScope::teamIds).orElse(Set.of());
        if (ids.isEmpty()) {
            return List.of();
        }
        return teamDirectory.all().stream().filter(t -> ids.contains(t.id())).toList();
    }

    /** The caller's scope, for use cases that need one; callers without case access are refused. */
    public CaseScope requireScope() {
        Optional<CaseScope> scope = scopeOfCaller();
        if (scope.isEmpty()) {
            // Pages show the message without an HTTP error, so the refusal is audited here, where it happens.
            authorization.recordRefusal("REACH_CASE_CONTENT", CaseService.CASE, null, "the caller's role gives no access to case content");
            throw new AccessDeniedException("Your role gives no access to case content.");
        }
        return scope.get();
    }
}
