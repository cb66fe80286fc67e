package nz.integrity.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The audit tables, in plain SQL: events are only ever inserted, so they are not managed entities that a
 * stray setter or dirty check could update.
 */
@ApplicationScoped
public class AuditEventStore {

    @PersistenceContext
    EntityManager em;

    /** Locks the chain head until the transaction ends; concurrent appends queue here. */
    ChainHead lockHead() {
        Object[] head = (Object[]) em.createNativeQuery("select seq, hash from audit_head where id = 1 for update")
                .getSingleResult();
        return new ChainHead(((Number) head[0]).longValue(), ((String) head[1]).trim());
    }

    void append(AuditEvent event) {
        em.createNativeQuery("insert into audit_event (seq, occurred_at, actor, actor_role, action, object_type, object_id, "
                        + "outcome, reason, origin, payload, prev_hash, hash) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)")
                .setParameter(1, event.seq())
                .setParameter(2, OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC))
                .setParameter(3, event.actor())
                .setParameter(4, event.actorRole())
                .setParameter(5, event.action())
                .setParameter(6, event.objectType())
                .setParameter(7, event.objectId())
                .setParameter(8, event.outcome().name())
                .setParameter(9, event.reason())
                .setParameter(10, event.origin())
                .setParameter(11, event.payload())
                .setParameter(12, event.prevHash())
                .setParameter(13, event.hash())
                .executeUpdate();
        em.createNativeQuery("update audit_head set seq = ?1, hash = ?2 where id = 1")
                .setParameter(1, event.seq())
                .setParameter(2, event.hash())
                .executeUpdate();
    }
}
