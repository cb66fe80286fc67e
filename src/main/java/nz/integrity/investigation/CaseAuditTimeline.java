package nz.integrity.investigation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import nz.integrity.audit.AuditTrail;
import nz.integrity.audit.AuditedAction;
import nz.integrity.platform.persistence.SqlValues;
import nz.integrity.platform.security.Authorization;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit timeline of one case and its information requests, for the supervisor of the case's team: who did
 * what, when and why. Reading it is itself audited.
 */
@ApplicationScoped
public class CaseAuditTimeline {

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseService cases;

    @Inject
    CaseAccess access;

    @Inject
    Authorization authorization;

    @Inject
    AuditTrail audit;

    /** {@code seq} is the chain position, null for the moment between commit and sealing (docs/audit-log-format.md). */
    public record Event(Long seq, Instant at, String actor, String actorRole, String action, String objectType,
                        String objectId, String outcome, String reason) {
    }

    @Transactional
    public List<Event> of(String reference) {
        CaseScope scope = access.requireScope();
        InvestigationCase investigationCase = cases.findVisible(reference, "VIEW_CASE_AUDIT", scope, false);
        if (!scope.supervises(investigationCase)) {
            throw authorization.refuse("VIEW_CASE_AUDIT", CaseService.CASE, reference,
                    "the case's audit timeline is for the supervisor of its team");
        }
        List<Event> events = eventsOf(investigationCase);
        audit.record(AuditedAction.of("CASE_AUDIT_VIEWED", CaseService.CASE, reference).succeeded()
                .with("events", events.size()));
        return events;
    }

    /**
     * Every event about the case and its requests, oldest first. No access check or audit here: callers decide who
     * may see it (the team's supervisor above, a reviewer through their grant) and record the view.
     */
    public List<Event> eventsOf(InvestigationCase investigationCase) {
        List<String> objects = new ArrayList<>(em.createQuery(
                        "select r.reference from InformationRequest r where r.investigationCase = :c", String.class)
                .setParameter("c", investigationCase).getResultList());
        objects.add(investigationCase.reference().value());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select seq, occurred_at, actor, actor_role, action, object_type, "
                        + "object_id, outcome, reason from audit_event where object_type in ('CASE', 'REQUEST') "
                        + "and object_id in (:objects) order by id")
                .setParameter("objects", objects).setMaxResults(2000).getResultList();
        return rows.stream().map(row -> new Event(row[0] == null ? null : ((Number) row[0]).longValue(), SqlValues.instant(row[1]),
                (String) row[2], (String) row[3], (String) row[4], (String) row[5], (String) row[6], (String) row[7],
                (String) row[8])).toList();
    }
}
