package nz.integrity.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import nz.integrity.audit.AuditTrail;
import nz.integrity.audit.AuditedAction;
import nz.integrity.platform.NotFoundException;
import nz.integrity.platform.Reasons;
import nz.integrity.platform.ValidationException;
import nz.integrity.platform.security.Authorization;
import nz.integrity.platform.security.CallerContext;
import nz.integrity.platform.time.NewZealandTime;
import nz.integrity.platform.security.Role;
import nz.integrity.staff.StaffDirectory;
import nz.integrity.staff.StaffMember;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Grants of reviewer access. Only an administrator acting as privacy officer issues or revokes them (SoD-9):
 * case staff never decide who reviews their work.
 */
@ApplicationScoped
public class ReviewGrants {

    static final String GRANT = "REVIEW_GRANT";

    @PersistenceContext
    EntityManager em;

    @Inject
    Authorization authorization;

    @Inject
    CallerContext caller;

    @Inject
    StaffDirectory staff;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public ReviewGrant issue(String reviewer, ReviewMode mode, String caseReference, String clientAuthority,
                             LocalDate validFrom, LocalDate validTo, String reason) {
        authorization.requireAnyRole("ISSUE_REVIEW_GRANT", GRANT, reviewer, Role.ADMIN);
        String why = Reasons.require(reason);
        boolean isReviewer = staff.findByUsername(reviewer == null ? "" : reviewer)
                .map(member -> member.hasRole(Role.REVIEWER) && member.isActive()).orElse(false);
        if (!isReviewer) {
            throw new ValidationException("reviewer", "Review access goes to an active reviewer account.");
        }
        if (mode == ReviewMode.IDENTIFIED && caseReference != null && !caseReference.isBlank()
                && em.createQuery("select count(c) from InvestigationCase c where c.reference = :r", Long.class)
                .setParameter("r", caseReference.strip()).getSingleResult() == 0) {
            throw new ValidationException("caseReference", "No case " + caseReference + ".");
        }
        ReviewGrant grant = new ReviewGrant(reviewer, mode, caseReference, clientAuthority, validFrom, validTo,
                caller.username(), clock.instant(), why);
        em.persist(grant);
        audit.record(AuditedAction.of("REVIEW_GRANT_ISSUED", GRANT, reviewer).succeeded().because(why)
                .with("mode", mode.name()).with("case", grant.caseReference().orElse(null))
                .with("validFrom", validFrom.toString()).with("validTo", validTo.toString()));
        return grant;
    }

    @Transactional
    public ReviewGrant revoke(long id, String reason) {
        authorization.requireAnyRole("REVOKE_REVIEW_GRANT", GRANT, String.valueOf(id), Role.ADMIN);
        String why = Reasons.require(reason);
        ReviewGrant grant = em.find(ReviewGrant.class, id);
        if (grant == null) {
            throw new NotFoundException("No review grant " + id);
        }
        grant.revoke(why, clock.instant());
        audit.record(AuditedAction.of("REVIEW_GRANT_REVOKED", GRANT, grant.reviewer()).succeeded().because(why)
                .with("grant", id));
        return grant;
    }

    /**
     * Who may be given review access: active reviewer accounts other than the caller, since nobody grants
     * themselves access (SoD-9).
     */
    @Transactional
    public List<StaffMember> candidates() {
        authorization.requireAnyRole("LIST_REVIEWERS", GRANT, null, Role.ADMIN);
        return staff.all().stream()
                .filter(member -> member.isActive() && member.hasRole(Role.REVIEWER) && !member.username().equals(caller.username()))
                .sorted(java.util.Comparator.comparing(StaffMember::username)).toList();
    }

    @Transactional
    public List<ReviewGrant> list() {
        authorization.requireAnyRole("LIST_REVIEW_GRANTS", GRANT, null, Role.ADMIN);
        audit.record(AuditedAction.of("REVIEW_GRANTS_LISTED", GRANT, null).succeeded());
        return em.createQuery("select g from ReviewGrant g order by g.id desc", ReviewGrant.class).getResultList();
    }

    /** The calling reviewer's scope today; a reviewer without a grant in force is refused. */
    public ReviewScope requireScopeOfCaller(String attempted) {
        if (!caller.hasRole(Role.REVIEWER)) {
            throw authorization.refuse(attempted, GRANT, null, "reviewer views are for reviewers");
        }
        LocalDate today = NewZealandTime.today(clock);
        List<ReviewGrant> inForce = em.createQuery("select g from ReviewGrant g where g.reviewer = :r", ReviewGrant.class)
                .setParameter("r", caller.username()).getResultList().stream()
                .filter(g -> g.isInForceOn(today)).toList();
        if (inForce.isEmpty()) {
            throw authorization.refuse(attempted, GRANT, caller.username(), "no review grant in force");
        }
        Set<String> identified = inForce.stream().filter(g -> g.mode() == ReviewMode.IDENTIFIED)
                .map(g -> g.caseReference().orElseThrow()).collect(Collectors.toSet());
        return new ReviewScope(caller.username(), identified);
    }
}
