package nz.integrity.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

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

    private static final String UNSEALED = "select id, occurred_at, actor, actor_role, action, object_type, object_id, "
            + "outcome, reason, origin, payload from audit_event where seq is null order by id limit ?";

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
     * Seals up to {@code limit} unsealed events that this transaction can see (committed ones, plus its own), in id
     * order, after the locked head. An event whose transaction commits after higher ids were sealed is simply sealed
     * in a later batch, so chain order is commit-visibility order, not id order. Returns the number sealed.
     */
    int sealPending(int limit) {
        ChainHead head = lockHead();
        return em.unwrap(Session.class).doReturningWork(connection -> {
            List<Unsealed> pending = unsealed(connection, limit);
            if (pending.isEmpty()) {
                return 0;
            }
            ChainHead tip = head;
            try (PreparedStatement seal = connection.prepareStatement(
                    "update audit_event set seq = ?, prev_hash = ?, hash = ? where id = ? and seq is null")) {
                for (Unsealed row : pending) {
                    AuditEvent event = AuditChain.append(tip, row.entry());
                    seal.setLong(1, event.seq());
                    seal.setString(2, event.prevHash());
                    seal.setString(3, event.hash());
                    seal.setLong(4, row.id());
                    seal.addBatch();
                    tip = ChainHead.of(event);
                }
                for (int updated : seal.executeBatch()) {
                    if (updated != 1 && updated != PreparedStatement.SUCCESS_NO_INFO) {
                        // Another sequencer got here without the head lock: refuse rather than fork the chain.
                        throw new IllegalStateException("an audit event was sealed concurrently; batch abandoned");
                    }
                }
            }
            try (PreparedStatement moveHead = connection.prepareStatement(
                    "update audit_head set seq = ?, hash = ? where id = 1")) {
                moveHead.setLong(1, tip.seq());
                moveHead.setString(2, tip.hash());
                moveHead.executeUpdate();
            }
            return pending.size();
        });
    }

    private static List<Unsealed> unsealed(Connection connection, int limit) throws SQLException {
        List<Unsealed> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(UNSEALED)) {
            select.setInt(1, limit);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(new Unsealed(row.getLong(1), toEntry(row)));
                }
            }
        }
        return rows;
    }

    private static AuditEntry toEntry(ResultSet row) throws SQLException {
        String outcome = row.getString(8);
        return new AuditEntry(row.getObject(2, OffsetDateTime.class).toInstant(), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6), row.getString(7), Outcome.valueOf(outcome), row.getString(9),
                row.getString(10), row.getString(11));
    }

    private record Unsealed(long id, AuditEntry entry) {
    }
}
