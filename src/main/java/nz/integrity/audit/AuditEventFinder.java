package nz.integrity.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads audit events for people to look at, always limited to a set of actions the caller may see. Plain JDBC
 * for the same reason as {@link JdbcEventPageSource}: the rows are shown exactly as stored.
 */
@ApplicationScoped
public class AuditEventFinder {

    @PersistenceContext
    EntityManager em;

    /** Oldest first, keyset paged after {@code query.afterSeq()}. */
    List<AuditEvent> find(AuditEventQuery query, Collection<String> visibleActions) {
        Where where = where(query, visibleActions).and("seq > ?", query.afterSeq());
        return select(where, " order by seq limit " + query.limit());
    }

    /** Newest first, for screens; {@code offset} must be bounded by the caller. */
    List<AuditEvent> newestFirst(AuditEventQuery filter, Collection<String> visibleActions, int offset, int limit) {
        return select(where(filter, visibleActions), " order by seq desc limit " + limit + " offset " + offset);
    }

    /** Matching events, but counting no further than {@code cap}, so a huge log never costs a full count. */
    int countUpTo(AuditEventQuery filter, Collection<String> visibleActions, int cap) {
        Where where = where(filter, visibleActions);
        String sql = "select count(*) from (select 1 from audit_event" + where.sql + " limit " + cap + ") matching";
        return session().doReturningWork(connection -> {
            try (PreparedStatement count = connection.prepareStatement(sql)) {
                where.bind(count);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    return row.getInt(1);
                }
            }
        });
    }

    private List<AuditEvent> select(Where where, String orderAndLimit) {
        String sql = "select " + JdbcEventPageSource.COLUMNS + " from audit_event" + where.sql + orderAndLimit;
        return session().doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                where.bind(select);
                try (ResultSet rows = select.executeQuery()) {
                    List<AuditEvent> events = new ArrayList<>();
                    while (rows.next()) {
                        events.add(JdbcEventPageSource.toEvent(rows));
                    }
                    return events;
                }
            }
        });
    }

    private static Where where(AuditEventQuery query, Collection<String> visibleActions) {
        Where where = new Where();
        // Sealed events only: paging is by chain position, and an unsealed event has none yet (for at most
        // app.audit.seal-interval-ms).
        where.sql.append(" where seq is not null and action in (").append(String.join(", ", visibleActions.stream().map(a -> "?").toList()))
                .append(')');
        where.parameters.addAll(visibleActions);
        return where.andIfPresent("object_type = ?", query.objectType())
                .andIfPresent("object_id = ?", query.objectId())
                .andIfPresent("action = ?", query.action())
                .andIfPresent("actor = ?", query.actor());
    }

    private Session session() {
        return em.unwrap(Session.class);
    }

    /** A where clause with its positional parameters; values are always bound, never concatenated. */
    private static final class Where {
        private final StringBuilder sql = new StringBuilder();
        private final List<Object> parameters = new ArrayList<>();

        Where andIfPresent(String condition, Object value) {
            return value == null ? this : and(condition, value);
        }

        Where and(String condition, Object value) {
            sql.append(" and ").append(condition);
            parameters.add(value);
            return this;
        }

        void bind(PreparedStatement statement) throws SQLException {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
        }
    }
}
