package nz.integrity.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The sequencer's database work, in plain JDBC on the caller's connection and transaction (the application through
 * {@link AuditEventStore}, the benchmark directly): lock the {@code audit_head} row, take up to a batch of unsealed
 * events this transaction can see in id order, give each the next position, previous hash and hash, and move the
 * head. An event whose transaction commits after higher ids were sealed is simply sealed in a later batch, so chain
 * order is the order in which events became visible, not id order.
 */
final class EventSealer {

    private static final String LOCK_HEAD = "select seq, hash from audit_head where id = 1 for update";
    private static final String UNSEALED = "select id, occurred_at, actor, actor_role, action, object_type, object_id, "
            + "outcome, reason, origin, payload from audit_event where seq is null order by id limit ?";
    private static final String SEAL = "update audit_event set seq = ?, prev_hash = ?, hash = ? where id = ? and seq is null";
    private static final String MOVE_HEAD = "update audit_head set seq = ?, hash = ? where id = 1";

    private EventSealer() {
    }

    /** Returns the number of events sealed; the caller commits (or rolls back, and nothing happened). */
    static int seal(Connection connection, int limit) throws SQLException {
        ChainHead tip = lockHead(connection);
        List<Unsealed> pending = unsealed(connection, limit);
        if (pending.isEmpty()) {
            return 0;
        }
        try (PreparedStatement seal = connection.prepareStatement(SEAL)) {
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
                    // Sealed by someone who did not hold the head lock: refuse rather than fork the chain.
                    throw new IllegalStateException("an audit event was sealed concurrently; batch abandoned");
                }
            }
        }
        try (PreparedStatement moveHead = connection.prepareStatement(MOVE_HEAD)) {
            moveHead.setLong(1, tip.seq());
            moveHead.setString(2, tip.hash());
            moveHead.executeUpdate();
        }
        return pending.size();
    }

    private static ChainHead lockHead(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(LOCK_HEAD); ResultSet head = lock.executeQuery()) {
            head.next();
            return new ChainHead(head.getLong(1), head.getString(2).trim());
        }
    }

    private static List<Unsealed> unsealed(Connection connection, int limit) throws SQLException {
        List<Unsealed> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(UNSEALED)) {
            select.setInt(1, limit);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(new Unsealed(row.getLong(1), new AuditEntry(row.getObject(2, OffsetDateTime.class).toInstant(),
                            row.getString(3), row.getString(4), row.getString(5), row.getString(6), row.getString(7),
                            Outcome.valueOf(row.getString(8)), row.getString(9), row.getString(10),
                            row.getString(11))));
                }
            }
        }
        return rows;
    }

    private record Unsealed(long id, AuditEntry entry) {
    }
}
