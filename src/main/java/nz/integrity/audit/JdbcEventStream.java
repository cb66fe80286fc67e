package nz.integrity.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Streams sealed {@code audit_event} rows after a position in chain order with one query and a JDBC fetch size, in
 * batches, without creating any entity. PostgreSQL uses a cursor for the fetch size only when auto-commit is off, as
 * it is inside the verification transaction. {@link #close()} releases the statement.
 */
final class JdbcEventStream implements Iterator<List<EventRow>>, AutoCloseable {

    private static final String ROWS = "select " + JdbcEventPageSource.COLUMNS
            + " from audit_event where seq > ? order by seq";

    private final PreparedStatement statement;
    private final ResultSet rows;
    private final int batchSize;
    private List<EventRow> next;

    JdbcEventStream(Connection connection, long afterSeq, int batchSize) {
        this.batchSize = batchSize;
        try {
            statement = connection.prepareStatement(ROWS, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(batchSize);
            statement.setLong(1, afterSeq);
            rows = statement.executeQuery();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read audit events after seq " + afterSeq, e);
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = readBatch();
        }
        return !next.isEmpty();
    }

    @Override
    public List<EventRow> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        List<EventRow> batch = next;
        next = null;
        return batch;
    }

    private List<EventRow> readBatch() {
        List<EventRow> batch = new ArrayList<>(batchSize);
        try {
            while (batch.size() < batchSize && rows.next()) {
                batch.add(EventRow.read(rows));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read audit events", e);
        }
        return batch;
    }

    @Override
    public void close() {
        try {
            statement.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the audit event stream", e);
        }
    }
}
