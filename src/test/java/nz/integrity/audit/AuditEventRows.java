package nz.integrity.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;

/** Writes chained events into {@code audit_event} with JDBC batches, as {@code AuditEventStore} would one by one. */
final class AuditEventRows {

    private static final String INSERT = "insert into audit_event (" + JdbcEventPageSource.COLUMNS + ") "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private AuditEventRows() {
    }

    /** Inserts the events, committing every {@code batchSize} rows; returns the last one's head. */
    static ChainHead insert(Connection connection, Iterator<AuditEvent> events, int batchSize) throws SQLException {
        ChainHead head = ChainHead.GENESIS;
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            int pending = 0;
            while (events.hasNext()) {
                AuditEvent event = events.next();
                bind(insert, event);
                insert.addBatch();
                head = ChainHead.of(event);
                if (++pending == batchSize) {
                    insert.executeBatch();
                    connection.commit();
                    pending = 0;
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        return head;
    }

    /** Binds what {@code AuditEventStore.insertUnsealed} inserts: the entry's ten columns, no position. */
    static void bindUnsealed(PreparedStatement insert, AuditEntry entry) throws SQLException {
        insert.setObject(1, OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC));
        insert.setString(2, entry.actor());
        insert.setString(3, entry.actorRole());
        insert.setString(4, entry.action());
        insert.setString(5, entry.objectType());
        insert.setString(6, entry.objectId());
        insert.setString(7, entry.outcome().name());
        insert.setString(8, entry.reason());
        insert.setString(9, entry.origin());
        insert.setString(10, entry.payload());
    }

    static void bind(PreparedStatement insert, AuditEvent event) throws SQLException {
        insert.setLong(1, event.seq());
        insert.setObject(2, OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC));
        insert.setString(3, event.actor());
        insert.setString(4, event.actorRole());
        insert.setString(5, event.action());
        insert.setString(6, event.objectType());
        insert.setString(7, event.objectId());
        insert.setString(8, event.outcome().name());
        insert.setString(9, event.reason());
        insert.setString(10, event.origin());
        insert.setString(11, event.payload());
        insert.setString(12, event.prevHash());
        insert.setString(13, event.hash());
    }
}
