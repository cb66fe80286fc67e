package nz.integrity.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** Reads sealed events for the export, in plain JDBC: the canonical content is rebuilt from the stored columns. */
@ApplicationScoped
public class JdbcExport {

    @PersistenceContext
    EntityManager em;

    List<String> canonicalLines(long afterSeq, int limit) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            List<String> lines = new ArrayList<>();
            for (AuditEvent event : new JdbcEventPageSource(connection).fetchAfter(afterSeq, limit)) {
                lines.add(event.canonicalContent());
            }
            return lines;
        });
    }

    String hashAt(long seq) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select hash from audit_event where seq = ?")) {
                select.setLong(1, seq);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? row.getString(1).trim() : null;
                }
            }
        });
    }
}
