package nz.integrity.investigation;

import nz.integrity.staff.StaffMember;

import java.util.Set;

/** The teams a person works in or supervises, and the capacities they act in. */
public record CaseScope(StaffMember member, boolean investigator, boolean supervisor, Set<Long> teamIds) {

    public CaseScope {
        teamIds = Set.copyOf(teamIds);
    }

    public boolean canSee(InvestigationCase investigationCase) {
        return teamIds.contains(investigationCase.team().id()) || investigationCase.isAssignedTo(member);
    }

    /** Supervisor decisions are for supervisors of the case's own team (its line management). */
    public boolean supervises(InvestigationCase investigationCase) {
        return supervisor && investigationCase.team().isSupervisedBy(member);
    }

    public String username() {
        return member.username();
    }
}
