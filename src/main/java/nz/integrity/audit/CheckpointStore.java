package nz.integrity.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The issued checkpoints in {@code audit_checkpoint}, in plain JDBC on the transaction's connection: timestamps
 * are read as {@link OffsetDateTime} so the signed microseconds survive on both H2 and PostgreSQL.
 */
@ApplicationScoped
public class CheckpointStore {

    private static final String COLUMNS = "seq, head_hash, issued_at, key_id, signature";

    @PersistenceContext
    EntityManager em;

    void insert(Checkpoint checkpoint) {
        session().doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into audit_checkpoint (" + COLUMNS + ") values (?, ?, ?, ?, ?)")) {
                insert.setLong(1, checkpoint.seq());
                insert.setString(2, checkpoint.headHash());
                insert.setObject(3, OffsetDateTime.ofInstant(checkpoint.issuedAt(), ZoneOffset.UTC));
                insert.setString(4, checkpoint.keyId());
                insert.setString(5, checkpoint.signature());
                insert.executeUpdate();
            }
        });
    }

    /** Oldest first. */
    List<Checkpoint> all() {
        return query("select " + COLUMNS + " from audit_checkpoint order by seq", null);
    }

    Optional<Checkpoint> find(long seq) {
        return query("select " + COLUMNS + " from audit_checkpoint where seq = ?", seq).stream().findFirst();
    }

    long latestSeq() {
        return session().doReturningWork(connection -> {
            try (PreparedStatement max = connection.prepareStatement("select coalesce(max(seq), 0) from audit_checkpoint");
                 ResultSet row = max.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    private List<Checkpoint> query(String sql, Long seq) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                if (seq != null) {
                    select.setLong(1, seq);
                }
                try (ResultSet rows = select.executeQuery()) {
                    List<Checkpoint> checkpoints = new ArrayList<>();
                    while (rows.next()) {
                        checkpoints.add(toCheckpoint(rows));
                    }
                    return checkpoints;
                }
            }
        });
    }

    private static Checkpoint toCheckpoint(ResultSet row) throws SQLException {
        return new Checkpoint(row.getLong(1), row.getString(2), row.getObject(3, OffsetDateTime.class).toInstant(),
                row.getString(4), row.getString(5));
    }

    private Session session() {
        return em.unwrap(Session.class);
    }
}
