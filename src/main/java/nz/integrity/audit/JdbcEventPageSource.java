package nz.integrity.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code audit_event} a page at a time with keyset paging ({@code seq > ? order by seq}), so a verifier can
 * stream millions of rows over one connection. Values are taken exactly as stored (no trimming, no defaults): a
 * tampered row must reach the verifier unchanged.
 */
public final class JdbcEventPageSource implements EventPageSource {

    static final String COLUMNS = "seq, occurred_at, actor, actor_role, action, object_type, object_id, outcome, "
            + "reason, origin, payload, prev_hash, hash";

    private static final String PAGE = "select " + COLUMNS + " from audit_event where seq > ? order by seq limit ?";

    private final Connection connection;

    /** The connection stays the caller's: it is neither committed nor closed here. */
    public JdbcEventPageSource(Connection connection) {
        if (connection == null) {
            throw new IllegalArgumentException("connection is required");
        }
        this.connection = connection;
    }

    @Override
    public List<AuditEvent> fetchAfter(long afterSeq, int maxEvents) {
        try (PreparedStatement page = connection.prepareStatement(PAGE)) {
            page.setLong(1, afterSeq);
            page.setInt(2, maxEvents);
            try (ResultSet rows = page.executeQuery()) {
                List<AuditEvent> events = new ArrayList<>(maxEvents);
                while (rows.next()) {
                    events.add(toEvent(rows));
                }
                return events;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read audit events after seq " + afterSeq, e);
        }
    }

    /** Maps one row of {@link #COLUMNS}; a value that cannot be an event field becomes a malformed-event finding. */
    static AuditEvent toEvent(ResultSet row) throws SQLException {
        return EventRow.read(row).toEvent();
    }
}
