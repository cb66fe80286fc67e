package nz.integrity.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** The Merkle tree's leaves (from the sealed events' hashes) and the signed tree heads, in plain JDBC. */
@ApplicationScoped
public class AuditTreeStore {

    @PersistenceContext
    EntityManager em;

    /**
     * Leaf hashes of events 1..size, in order. Fewer rows than {@code size} (rows deleted) or a position out of
     * order is reported as a broken log, never papered over.
     */
    List<byte[]> leaves(long size) {
        return session().doReturningWork(connection -> {
            List<byte[]> leaves = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select seq, hash from audit_event where seq is not null and seq <= ? order by seq")) {
                select.setFetchSize(10_000);
                select.setLong(1, size);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        if (row.getLong(1) != leaves.size() + 1) {
                            throw new IllegalStateException("the audit log has no event at position " + (leaves.size() + 1));
                        }
                        leaves.add(MerkleTree.leafHash(row.getString(2).trim()));
                    }
                }
            }
            if (leaves.size() != size) {
                throw new IllegalStateException("the audit log holds " + leaves.size() + " sealed events, not " + size);
            }
            return leaves;
        });
    }

    void insert(SignedTreeHead head, Instant issuedAt) {
        session().doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into audit_tree_head (tree_size, root_hash, issued_at, note) values (?, ?, ?, ?)")) {
                insert.setLong(1, head.treeSize());
                insert.setString(2, HexFormat.of().formatHex(head.rootHash()));
                insert.setObject(3, OffsetDateTime.ofInstant(issuedAt, ZoneOffset.UTC));
                insert.setString(4, head.note());
                insert.executeUpdate();
            }
        });
    }

    Optional<SignedTreeHead> find(long size) {
        return note("select note from audit_tree_head where tree_size = ?", size);
    }

    Optional<SignedTreeHead> latest() {
        return note("select note from audit_tree_head order by tree_size desc limit 1", null);
    }

    private Optional<SignedTreeHead> note(String sql, Long size) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                if (size != null) {
                    select.setLong(1, size);
                }
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(SignedTreeHead.parse(row.getString(1))) : Optional.empty();
                }
            }
        });
    }

    private Session session() {
        return em.unwrap(Session.class);
    }
}
