package nz.integrity.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The audit tables, in plain SQL: events are only ever inserted (and sealed once), so they are not managed entities
 * that a stray setter or dirty check could update.
 *
 * <p>Two steps, so that audited transactions never queue on one lock: {@link #insertUnsealed} runs in the business
 * transaction and takes only an id from a sequence; {@link #sealPending} runs in the sequencer's transaction, under
 * the {@code audit_head} row lock, and gives committed events their chain position and hash.
 */
@ApplicationScoped
public class AuditEventStore {

    @PersistenceContext
    EntityManager em;

    /** Locks the chain head until the transaction ends; only the sequencer and checkpoint signing take it. */
    ChainHead lockHead() {
        Object[] head = (Object[]) em.createNativeQuery("select seq, hash from audit_head where id = 1 for update")
                .getSingleResult();
        return new ChainHead(((Number) head[0]).longValue(), ((String) head[1]).trim());
    }

    /** The business transaction's part: the event row, without a chain position. No lock is taken. */
    void insertUnsealed(AuditEntry entry) {
        em.createNativeQuery("insert into audit_event (occurred_at, actor, actor_role, action, object_type, "
                        + "object_id, outcome, reason, origin, payload) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                .setParameter(1, OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC))
                .setParameter(2, entry.actor())
                .setParameter(3, entry.actorRole())
                .setParameter(4, entry.action())
                .setParameter(5, entry.objectType())
                .setParameter(6, entry.objectId())
                .setParameter(7, entry.outcome().name())
                .setParameter(8, entry.reason())
                .setParameter(9, entry.origin())
                .setParameter(10, entry.payload())
                .executeUpdate();
    }

    /**
     * Seals up to {@code limit} unsealed events that this transaction can see, after the locked head; see
     * {@link EventSealer}. Returns the number sealed.
     */
    int sealPending(int limit) {
        return em.unwrap(Session.class).doReturningWork(connection -> EventSealer.seal(connection, limit));
    }
}
