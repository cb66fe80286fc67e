package nz.integrity.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import nz.integrity.audit.AuditTrail;
import nz.integrity.audit.AuditedAction;
import nz.integrity.platform.BusinessRuleException;
import nz.integrity.platform.NotFoundException;
import nz.integrity.platform.Reasons;
import nz.integrity.platform.security.AccessDeniedException;
import nz.integrity.platform.security.Authorization;
import nz.integrity.platform.security.CallerContext;
import nz.integrity.platform.security.Role;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Dual control (SoD-7, issue 9 item 1): records privileged changes as pending and lets a second person approve or
 * reject them. Another administrator decides any change; the supervisor of the team may also accept a new member.
 * Asking and deciding are each audited in their own step's transaction.
 */
@ApplicationScoped
public class AdministrativeChanges {

    static final String PENDING_CHANGE = "PENDING_CHANGE";

    @Inject
    StaffDirectory staff;

    @Inject
    TeamDirectory teams;

    @Inject
    Authorization authorization;

    @Inject
    CallerContext caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** Stores the request; callers have checked the caller's role and the input. Joins their transaction. */
    @Transactional
    PendingChange request(PendingChange change) {
        em.persist(change);
        em.flush();
        audit.record(AuditedAction.of("CHANGE_REQUESTED", PENDING_CHANGE, String.valueOf(change.id())).succeeded()
                .because(change.reason()).with("kind", change.kind().name())
                .with("target", change.targetUsername()).with("team", change.teamCode().orElse(null))
                .with("roles", change.roles().isEmpty() ? null : StaffAdministration.names(change.roles())));
        return change;
    }

    /** Pending changes the caller may decide: all of them for an administrator, new members of their teams for a supervisor. */
    @Transactional
    public List<PendingChange> decidable() {
        authorization.requireAnyRole("LIST_PENDING_CHANGES", PENDING_CHANGE, null, Role.ADMIN, Role.SUPERVISOR);
        List<PendingChange> pending = em.createQuery("select c from PendingChange c where c.status = :s "
                        + "order by c.requestedAt, c.id", PendingChange.class)
                .setParameter("s", ChangeStatus.PENDING).getResultList();
        String me = caller.username();
        return pending.stream().filter(change -> mayDecide(change, me)).toList();
    }

    @Transactional
    public PendingChange approve(long id, String reason) {
        PendingChange change = decidableChange(id, "APPROVE_CHANGE");
        String why = reason == null || reason.isBlank() ? null : Reasons.require(reason);
        decide(change, () -> change.approve(caller.username(), clock.instant(), why));
        apply(change);
        audit.record(AuditedAction.of("CHANGE_APPROVED", PENDING_CHANGE, String.valueOf(id)).succeeded()
                .because(why).with("kind", change.kind().name()).with("target", change.targetUsername())
                .with("requestedBy", change.requestedBy()));
        return change;
    }

    @Transactional
    public PendingChange reject(long id, String reason) {
        PendingChange change = decidableChange(id, "REJECT_CHANGE");
        String why = Reasons.require(reason);
        decide(change, () -> change.reject(caller.username(), clock.instant(), why));
        audit.record(AuditedAction.of("CHANGE_REJECTED", PENDING_CHANGE, String.valueOf(id)).succeeded()
                .because(why).with("kind", change.kind().name()).with("target", change.targetUsername())
                .with("requestedBy", change.requestedBy()));
        return change;
    }

    /**
     * The change, locked against a concurrent decision. Someone who may not decide it hears "not found" unless they
     * are an administrator, so supervisors learn nothing about other teams' changes; the refusal is audited.
     */
    private PendingChange decidableChange(long id, String action) {
        authorization.requireAnyRole(action, PENDING_CHANGE, String.valueOf(id), Role.ADMIN, Role.SUPERVISOR);
        PendingChange change = Optional.ofNullable(em.find(PendingChange.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFoundException("No pending change " + id));
        if (!mayDecide(change, caller.username())) {
            authorization.refuse(action, PENDING_CHANGE, String.valueOf(id), "not the team's supervisor");
            throw new NotFoundException("No pending change " + id);
        }
        return change;
    }

    private void decide(PendingChange change, Runnable decision) {
        try {
            decision.run();
        } catch (SecondPersonRequiredException e) {
            authorization.refuse("DECIDE_CHANGE", PENDING_CHANGE, String.valueOf(change.id()), "SoD-7: " + e.getMessage());
            throw new AccessDeniedException(e.getMessage());
        } catch (IllegalStateException e) {
            throw new BusinessRuleException(e.getMessage());
        }
    }

    private boolean mayDecide(PendingChange change, String me) {
        if (caller.hasRole(Role.ADMIN)) {
            return true;
        }
        return change.kind() == ChangeKind.ADD_TEAM_MEMBER && caller.hasRole(Role.SUPERVISOR)
                && change.teamCode().flatMap(teams::findByCode)
                .flatMap(Team::supervisor).map(StaffMember::username).filter(me::equals).isPresent();
    }

    /** Applies an approved change; whatever no longer holds (a deactivated account, a lost role) undoes the approval. */
    private void apply(PendingChange change) {
        StaffMember target = staff.findByUsername(change.targetUsername())
                .filter(StaffMember::isActive)
                .orElseThrow(() -> new BusinessRuleException(change.targetUsername() + " is no longer an active account."));
        String approvedBy = caller.username();
        switch (change.kind()) {
            case GRANT_ROLES -> {
                String before = StaffAdministration.names(target.roles());
                target.changeRoles(change.roles());
                audit.record(AuditedAction.of("ROLE_CHANGED", StaffAdministration.STAFF_MEMBER, target.username())
                        .succeeded().because(change.reason()).with("before", before)
                        .with("after", StaffAdministration.names(target.roles()))
                        .with("requestedBy", change.requestedBy()).with("approvedBy", approvedBy));
            }
            case ADD_TEAM_MEMBER -> {
                Team team = team(change);
                guarded(() -> team.addMember(target), "; team membership opens case content.");
                audit.record(AuditedAction.of("TEAM_MEMBER_ADDED", TeamAdministration.TEAM, team.code()).succeeded()
                        .with("member", target.username()).with("requestedBy", change.requestedBy())
                        .with("approvedBy", approvedBy));
            }
            case APPOINT_SUPERVISOR -> {
                Team team = team(change);
                String before = team.supervisor().map(StaffMember::username).orElse(null);
                guarded(() -> team.appointSupervisor(target), "; only a supervisor can lead a team.");
                audit.record(AuditedAction.of("TEAM_SUPERVISOR_APPOINTED", TeamAdministration.TEAM, team.code())
                        .succeeded().with("before", before).with("after", target.username())
                        .with("requestedBy", change.requestedBy()).with("approvedBy", approvedBy));
            }
            case RESET_PASSWORD -> {
                target.assignTemporaryPassword(change.takePasswordHash());
                audit.record(AuditedAction.of("PASSWORD_RESET", StaffAdministration.STAFF_MEMBER, target.username())
                        .succeeded().because(change.reason()).with("temporary", true)
                        .with("requestedBy", change.requestedBy()).with("approvedBy", approvedBy));
            }
        }
    }

    private Team team(PendingChange change) {
        return change.teamCode().flatMap(teams::findByCode)
                .orElseThrow(() -> new BusinessRuleException("The team " + change.teamCode().orElse("") + " no longer exists."));
    }

    private static void guarded(Runnable step, String explanation) {
        try {
            step.run();
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException(e.getMessage() + explanation);
        }
    }
}
