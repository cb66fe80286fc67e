package nz.integrity.audit;

import nz.integrity.platform.persistence.MigrationLocations;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 item 1, the sequencer's database work on the real migrated schema (H2 in PostgreSQL mode): events are
 * inserted unsealed, and sealing gives committed ones consecutive positions whatever their ids and commit order.
 */
class EventSealerTest {

    private static final String URL = "jdbc:h2:mem:sealer;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    private static final String INSERT = "insert into audit_event (occurred_at, actor, actor_role, action, object_type, "
            + "object_id, outcome, reason, origin, payload) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private Connection business;
    private Connection sequencer;

    @BeforeEach
    void migrate() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "sa").cleanDisabled(false)
                .locations(MigrationLocations.forProduct("H2")).failOnMissingLocations(false).load().migrate();
        business = connect();
        sequencer = connect();
    }

    @AfterEach
    void drop() throws SQLException {
        try (Statement statement = sequencer.createStatement()) {
            statement.execute("drop all objects");
        }
        business.close();
        sequencer.close();
    }

    @Test
    @DisplayName("G3-S1: committed events are sealed 1, 2, 3 … and the stored chain verifies")
    void sealsCommittedEventsInIdOrder() throws SQLException {
        for (int n = 1; n <= 5; n++) {
            insert(business, n);
        }
        business.commit();
        assertEquals(5, seal());
        assertEquals(0, seal(), "idempotent: nothing left");
        assertEquals(5, head());
        assertIntact(5);
    }

    @Test
    @DisplayName("G3-S2: a rolled-back event leaves no row and no gap in positions, only an unused id")
    void rollback() throws SQLException {
        insert(business, 1);
        business.rollback();
        insert(business, 2);
        business.commit();
        assertEquals(1, seal());
        assertEquals(1, scalar("select count(*) from audit_event"));
        assertEquals(1, scalar("select seq from audit_event"));
        assertTrue(scalar("select id from audit_event") > 1, "the rolled-back insert drew id 1");
        assertIntact(1);
    }

    @Test
    @DisplayName("G3-S3: an event committed after a higher id was sealed is sealed next, after it")
    void outOfIdOrder() throws SQLException {
        Connection other = connect();
        try {
            insert(business, 1);            // lower id, transaction still open
            insert(other, 2);
            other.commit();
            assertEquals(1, seal(), "only the committed event");
            business.commit();
            assertEquals(1, seal());
            assertEquals(2, scalar("select seq from audit_event where origin = 'o1'"));
            assertEquals(1, scalar("select seq from audit_event where origin = 'o2'"));
            assertIntact(2);
        } finally {
            other.close();
        }
    }

    @Test
    @DisplayName("G3-S4: a sealing transaction that dies changes nothing; the next run seals the same events")
    void crashedSeal() throws SQLException {
        insert(business, 1);
        insert(business, 2);
        business.commit();
        assertEquals(2, EventSealer.seal(sequencer, 1000));
        sequencer.rollback();                              // the crash
        assertNull(nullableScalar("select max(seq) from audit_event"));
        assertEquals(0, head());
        assertEquals(2, seal());
        assertIntact(2);
    }

    private int seal() throws SQLException {
        int sealed = EventSealer.seal(sequencer, 1000);
        sequencer.commit();
        return sealed;
    }

    private static Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(URL, "sa", "sa");
        c.setAutoCommit(false);
        return c;
    }

    private static void insert(Connection c, int n) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            AuditEntry entry = AuditFixtures.entry(n);
            AuditEventRows.bindUnsealed(insert, new AuditEntry(entry.occurredAt(), entry.actor(), entry.actorRole(),
                    entry.action(), entry.objectType(), entry.objectId(), entry.outcome(), entry.reason(), "o" + n,
                    entry.payload()));
            insert.executeUpdate();
        }
    }

    private long head() throws SQLException {
        return scalar("select seq from audit_head");
    }

    private long scalar(String sql) throws SQLException {
        Long value = nullableScalar(sql);
        return value == null ? -1 : value;
    }

    private Long nullableScalar(String sql) throws SQLException {
        try (Statement s = sequencer.createStatement(); ResultSet row = s.executeQuery(sql)) {
            row.next();
            long value = row.getLong(1);
            return row.wasNull() ? null : value;
        }
    }

    private void assertIntact(long size) {
        VerificationResult result = ChainVerifier.withoutTrustedKeys()
                .verifyFromGenesis(new JdbcEventPageSource(sequencer).eventsAfter(0, 1000));
        assertTrue(result.isIntact(), result.toString());
        assertEquals(size, result.checkedToSeq());
    }
}
