package nz.integrity.investigation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import nz.integrity.audit.AuditTrail;
import nz.integrity.audit.AuditedAction;
import nz.integrity.party.Client;
import nz.integrity.party.ClientNumber;
import nz.integrity.platform.BusinessRuleException;
import nz.integrity.platform.NotFoundException;
import nz.integrity.platform.ValidationException;
import nz.integrity.platform.security.Authorization;
import nz.integrity.platform.time.NewZealandTime;
import nz.integrity.staff.DelegationAdministration;
import nz.integrity.staff.StaffDirectory;
import nz.integrity.staff.StaffMember;
import nz.integrity.staff.Team;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Use cases on one case. Each method resolves the caller's need-to-know scope first: a case outside it is
 * "not found" (its existence is not revealed) and the attempt is audited; then the domain decides; then the
 * change is audited in the same transaction.
 */
@ApplicationScoped
public class CaseService {

    static final String CASE = "CASE";

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseAccess access;

    @Inject
    CaseReferences references;

    @Inject
    Authorization authorization;

    @Inject
    AuditTrail audit;

    @Inject
    StaffDirectory staff;

    @Inject
    DelegationAdministration delegations;

    @Inject
    Clock clock;

    @Inject
    Instance<CaseClosureCheck> closureChecks;

    /** The referral is built only after the caller is known to have case access: refusal comes before validation. */
    @Transactional
    public InvestigationCase registerReferral(Supplier<Referral> referralInput, String teamCode) {
        CaseScope scope = access.requireScope();
        Referral referral = referralInput.get();
        Team team = em.createQuery("select t from Team t where t.code = :code", Team.class)
                .setParameter("code", teamCode).getResultStream().findFirst()
                .filter(t -> scope.teamIds().contains(t.id()))
                .orElseThrow(() -> new ValidationException("team", "Choose one of your own teams."));
        InvestigationCase created = new InvestigationCase(
                references.next(NewZealandTime.today(clock).getYear()), referral, team,
                clock.instant());
        if (scope.investigator() && team.hasMember(scope.member())) {
            created.assignTo(scope.member(), clock.instant());
        }
        em.persist(created);
        audit.record(AuditedAction.of("CASE_REGISTERED", CASE, created.reference().value()).succeeded()
                .with("team", team.code()).with("referralSource", referral.source().name())
                .with("allegationType", referral.allegationType().name()));
        return created;
    }

    /** Opens a case for reading; the view of its content is audited. */
    @Transactional
    public InvestigationCase open(String reference) {
        InvestigationCase found = findVisible(reference, "VIEW_CASE");
        audit.record(AuditedAction.of("CASE_VIEWED", CASE, reference).succeeded());
        return found;
    }

    @Transactional
    public CaseDecision move(String reference, CaseAction action, String reason, CaseOutcome outcome, LocalDate reviewDate) {
        CaseScope scope = access.requireScope();
        InvestigationCase target = findVisible(reference, "MOVE_CASE", scope, true);
        boolean asSupervisor = action.isSupervisorDecision() || (scope.supervisor() && !scope.investigator());
        if (action.isSupervisorDecision() && !scope.supervises(target)) {
            throw authorization.refuse(action.name(), CASE, reference,
                    "a supervisor of team " + target.team().code() + " decides this");
        }
        Decider decider = new Decider(scope.username(), asSupervisor,
                delegations.authoritiesInForce(scope.username(), NewZealandTime.today(clock)));
        if (action.isAllowedFrom(target.status()) && action.target().map(CaseStatus::isClosed).orElse(false)) {
            requireNothingOpen(target, action);
        }
        CaseStatus before = target.status();
        CaseDecision decision = target.decide(action, decider, reason, outcome, reviewDate, clock.instant());
        em.persist(decision);
        audit.record(AuditedAction.of("CASE_" + action.name(), CASE, reference).succeeded().because(decision.reason())
                .with("from", before.name()).with("to", target.status().name())
                .with("outcome", decision.outcome().map(Enum::name).orElse(null)));
        return decision;
    }

    /** The refusal is audited on its own, as the decision's transaction rolls back. */
    private void requireNothingOpen(InvestigationCase target, CaseAction action) {
        for (CaseClosureCheck check : closureChecks) {
            List<String> open = check.openWorkOn(target);
            if (!open.isEmpty()) {
                audit.recordIndependently(AuditedAction.of("CASE_" + action.name(), CASE, target.reference().value())
                        .denied("open work").with("rules", String.join(",", check.ruleIds())).with("open", String.join(", ", open)));
                throw new BusinessRuleException("The case cannot close while this work is open: " + String.join(", ", open)
                        + ". Withdraw or cancel what is no longer needed, and finish the rest.", check.ruleIds());
            }
        }
    }

    /** For clients that name the status they want rather than the action. */
    @Transactional
    public CaseDecision moveTo(String reference, CaseStatus targetStatus, String reason, CaseOutcome outcome,
                               LocalDate reviewDate) {
        InvestigationCase current = findVisible(reference, "MOVE_CASE");
        CaseAction action = CaseAction.between(current.status(), targetStatus, current.suspendedFrom().orElse(null))
                .orElseThrow(() -> new BusinessRuleException("A case that is "
                        + current.status().name().toLowerCase().replace('_', ' ') + " cannot move to "
                        + targetStatus.name().toLowerCase().replace('_', ' ') + "."));
        return move(reference, action, reason, outcome, reviewDate);
    }

    @Transactional
    public InvestigationCase assign(String reference, String investigatorUsername) {
        CaseScope scope = access.requireScope();
        InvestigationCase target = findVisible(reference, "ASSIGN_CASE", scope, true);
        StaffMember investigator = staff.findByUsername(investigatorUsername)
                .orElseThrow(() -> new ValidationException("assignee", "No staff member " + investigatorUsername + "."));
        String before = target.assignedInvestigator().map(StaffMember::username).orElse(null);
        target.assignTo(investigator, clock.instant());
        audit.record(AuditedAction.of("CASE_ASSIGNED", CASE, reference).succeeded()
                .with("from", before).with("to", investigatorUsername));
        return target;
    }

    @Transactional
    public CaseSubject addSubject(String reference, String clientNumber, SubjectRole role) {
        InvestigationCase target = findVisible(reference, "ADD_SUBJECT", access.requireScope(), true);
        ClientNumber number;
        try {
            number = ClientNumber.parse(clientNumber);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("clientNumber", e.getMessage());
        }
        if (role == null) {
            throw new ValidationException("role", "Choose the subject's role.");
        }
        Client client = em.createQuery("select c from Client c where c.clientNumber = :n", Client.class)
                .setParameter("n", number.value()).getResultStream().findFirst()
                .orElseThrow(() -> new ValidationException("clientNumber", "No client has number " + number + "."));
        boolean already = !em.createQuery("select s.id from CaseSubject s where s.investigationCase = :c and s.client = :cl", Long.class)
                .setParameter("c", target).setParameter("cl", client).getResultList().isEmpty();
        if (already) {
            throw new ValidationException("clientNumber", "This client is already a subject of the case.");
        }
        CaseSubject subject = new CaseSubject(target, client, role, access.requireScope().username(), clock.instant());
        em.persist(subject);
        audit.record(AuditedAction.of("CASE_SUBJECT_ADDED", CASE, reference).succeeded()
                .with("clientNumber", number.value()).with("role", role.name()));
        return subject;
    }

    @Transactional
    public List<CaseSubject> subjects(String reference) {
        InvestigationCase target = findVisible(reference, "VIEW_SUBJECTS");
        audit.record(AuditedAction.of("CASE_SUBJECTS_VIEWED", CASE, reference).succeeded());
        return em.createQuery("select s from CaseSubject s where s.investigationCase = :c order by s.id", CaseSubject.class)
                .setParameter("c", target).getResultList();
    }

    @Transactional
    public List<CaseDecision> decisions(String reference) {
        InvestigationCase target = findVisible(reference, "VIEW_DECISIONS");
        return em.createQuery("select d from CaseDecision d where d.investigationCase = :c order by d.id", CaseDecision.class)
                .setParameter("c", target).getResultList();
    }

    public InvestigationCase findVisible(String reference, String attempted) {
        return findVisible(reference, attempted, access.requireScope(), false);
    }

    /**
     * The case if the caller may see it. Outside the scope the answer is the same as for a case that does not
     * exist, and the attempt is audited as a refused access.
     */
    public InvestigationCase findVisible(String reference, String attempted, CaseScope scope, boolean forUpdate) {
        Optional<InvestigationCase> found = em.createQuery(
                        "select c from InvestigationCase c where c.reference = :r", InvestigationCase.class)
                .setParameter("r", reference)
                .setLockMode(forUpdate ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultStream().findFirst();
        if (found.isPresent() && scope.canSee(found.get())) {
            return found.get();
        }
        if (found.isPresent()) {
            authorization.refuse(attempted, CASE, reference, "outside the caller's teams and assignments");
        }
        throw new NotFoundException("No case " + reference);
    }
}
