package nz.integrity.audit;

import nz.integrity.platform.persistence.MigrationLocations;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keyset paging over the real migrated table (H2 in PostgreSQL mode), and rows exactly as stored. */
class JdbcEventPageSourceTest {

    private static final String URL = "jdbc:h2:mem:pagesource;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    private static final int EVENTS = 2_345;

    private Connection connection;

    @BeforeEach
    void migrateAndFill() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "sa").cleanDisabled(false)
                .locations(MigrationLocations.forProduct("H2")).failOnMissingLocations(false)
                .load().migrate();
        connection = DriverManager.getConnection(URL, "sa", "sa");
        connection.setAutoCommit(false);
        AuditEventRows.insert(connection, AuditFixtures.generatedChain(EVENTS), 500);
    }

    @AfterEach
    void drop() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop all objects");
        }
        connection.close();
    }

    @Test
    void pagesFollowEachOtherBySeqAndTheStoredChainVerifies() {
        JdbcEventPageSource source = new JdbcEventPageSource(connection);
        List<AuditEvent> page = source.fetchAfter(1000, 1000);
        assertEquals(1001, page.get(0).seq());
        assertEquals(2000, page.get(page.size() - 1).seq());
        assertEquals(AuditFixtures.chain(3).get(2), source.fetchAfter(2, 1).get(0), "a row reads back as written");
        assertTrue(source.fetchAfter(EVENTS, 1000).isEmpty());

        VerificationResult result = ChainVerifier.withoutTrustedKeys().verifyFromGenesis(source.eventsAfter(0, 1000));
        assertTrue(result.isIntact(), result.toString());
        assertEquals(EVENTS, result.checkedToSeq());
    }

    @Test
    void anEditedRowReachesTheVerifierUnchanged() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("update audit_event set payload = '{\"n\":0}' where seq = 1500");
        }
        VerificationResult result = ChainVerifier.withoutTrustedKeys()
                .verifyFromGenesis(new JdbcEventPageSource(connection).eventsAfter(0, 1000));
        assertFalse(result.isIntact());
        assertEquals(BreakKind.HASH_MISMATCH, result.breakKind().orElseThrow());
        assertEquals(1500, result.firstBrokenSeq().orElseThrow());
    }
}
