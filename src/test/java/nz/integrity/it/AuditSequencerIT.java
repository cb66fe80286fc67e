package nz.integrity.it;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import nz.integrity.audit.AuditSealing;
import nz.integrity.audit.AuditSealingReadiness;
import nz.integrity.audit.ChainVerifier;
import nz.integrity.audit.JdbcEventPageSource;
import nz.integrity.audit.VerificationResult;
import nz.integrity.platform.persistence.DatabaseMigrator;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 item 1: events are inserted unsealed by the business transaction and linked into the chain by the
 * sequencer. Each case (commit, rollback, commits out of id order, a sealing transaction that dies, two sequencers
 * at once, a stalled sequencer) is checked against the stored chain. The background sequencer keeps running during
 * these tests, so they never depend on its timing: they seal explicitly and assert only what holds whoever sealed.
 */
@ExtendWith(ArquillianExtension.class)
class AuditSequencerIT {

    @Inject
    AuditSealing sealing;

    @Inject
    @Readiness
    AuditSealingReadiness readiness;

    @Inject
    MetricRegistry metrics;

    @Inject
    Clock clock;

    private DataSource dataSource;
    private ManagedExecutorService executor;
    private UserTransaction transaction;


    @BeforeEach
    void sealEverythingCommitted() throws Exception {
        InitialContext naming = new InitialContext();
        dataSource = (DataSource) naming.lookup(DatabaseMigrator.DATASOURCE);
        executor = (ManagedExecutorService) naming.lookup("java:comp/DefaultManagedExecutorService");
        transaction = (UserTransaction) naming.lookup("java:comp/UserTransaction");
        sealAll();
    }

    @Test
    void aCommittedEventIsInsertedWithoutAPositionAndSealedNextInTheChain() throws Exception {
        long headBefore = head();
        String marker = insertCommitted(clock.instant().atOffset(ZoneOffset.UTC));
        // The business transaction itself leaves it unsealed, whatever the sequencer does afterwards.
        sealAll();
        Long seq = seqOf(marker);
        assertNotNull(seq, "sealed");
        assertTrue(seq > headBefore, "placed after the previous head");
        assertIntact();
    }

    @Test
    void aRolledBackTransactionLeavesNoEventAndNoGapInThePositions() throws Exception {
        String marker = "rolled-back-" + UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            insert(c, marker, clock.instant().atOffset(ZoneOffset.UTC));
            c.rollback();
        }
        String after = insertCommitted(clock.instant().atOffset(ZoneOffset.UTC));
        sealAll();
        assertEquals(0, count("select count(*) from audit_event where origin = '" + marker + "'"));
        assertNotNull(seqOf(after));
        // The id the rolled-back insert drew is lost; positions are still 1..n without a hole.
        assertEquals(count("select count(*) from audit_event where seq is not null"),
                count("select max(seq) from audit_event"));
        assertIntact();
    }

    @Test
    void anEventCommittedAfterHigherIdsWereSealedIsSealedInALaterBatch() throws Exception {
        String early = "early-" + UUID.randomUUID();
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch mayCommit = new CountDownLatch(1);
        // The slow transaction runs on a thread of its own: a connection left open on this thread would be enlisted
        // in the sealing transaction below and share its connection.
        Future<?> slow = executor.submit(() -> {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                insert(c, early, clock.instant().atOffset(ZoneOffset.UTC));
                inserted.countDown();
                mayCommit.await();
                c.commit();
            }
            return null;
        });
        inserted.await();
        String late = insertCommitted(clock.instant().atOffset(ZoneOffset.UTC));
        sealAll();
        assertNotNull(seqOf(late), "the committed event does not wait for the open transaction");
        mayCommit.countDown();
        slow.get();
        sealAll();
        assertTrue(idOf(early) < idOf(late), "the open transaction drew the lower id");
        assertTrue(seqOf(early) > seqOf(late), "but is placed after: chain order is commit order, not id order");
        assertIntact();
    }

    @Test
    void aSealingTransactionThatDiesSealsNothingAndTheNextRunResumes() throws Exception {
        String marker;
        transaction.begin();
        try {
            sealing.sealAllVisible();    // holds the sequencer lock from here on: no other sequencer interferes
            long headBefore = head();
            marker = executor.submit(() -> insertCommitted(clock.instant().atOffset(ZoneOffset.UTC))).get();
            sealing.sealAllVisible();
            assertEquals(headBefore + 1, seqOf(marker), "sealed inside the transaction that is about to die");
        } finally {
            transaction.rollback();    // the crash: the batch's updates and the head move are undone together
        }
        // Unsealed again, unless the background sequencer has already sealed it afresh since the rollback.
        Long afterCrash = seqOf(marker);
        assertTrue(afterCrash == null || afterCrash > 0);
        sealAll();
        assertNotNull(seqOf(marker));
        assertIntact();
    }

    @Test
    void twoSequencersRunningAtOnceTakeTurnsOnTheDatabaseLock() throws Exception {
        List<String> markers = new ArrayList<>();
        try (Connection blocker = holdHeadLock()) {
            for (int i = 0; i < 20; i++) {
                markers.add(insertCommitted(clock.instant().atOffset(ZoneOffset.UTC)));
            }
            blocker.rollback();
        }
        List<Future<Integer>> nodes = List.of(executor.submit(sealing::sealNextBatch),
                executor.submit(sealing::sealNextBatch));
        for (Future<Integer> node : nodes) {
            node.get();
        }
        sealAll();
        for (String marker : markers) {
            assertNotNull(seqOf(marker), marker);
        }
        assertIntact();
    }

    @Test
    void readinessAndTheGaugeShowAnEventWaitingTooLong() throws Exception {
        assertEquals(HealthCheckResponse.Status.UP, readiness.call().getStatus(), "nothing pending");
        assertTrue(metrics.getGauges().containsKey(new MetricID("audit_unsealed_max_age_seconds")));
        String marker;
        try (Connection blocker = holdHeadLock()) {
            // A stalled sequencer: the lock is held, and an event that occurred an hour ago waits.
            marker = insertCommitted(clock.instant().minus(1, ChronoUnit.HOURS).atOffset(ZoneOffset.UTC));
            HealthCheckResponse stalled = readiness.call();
            assertEquals("audit-sealing", stalled.getName());
            assertEquals(HealthCheckResponse.Status.DOWN, stalled.getStatus(), String.valueOf(stalled.getData()));
            Number age = (Number) metrics.getGauges().get(new MetricID("audit_unsealed_max_age_seconds")).getValue();
            assertTrue(age.doubleValue() >= 3600, "gauge shows the age: " + age);
            blocker.rollback();
        }
        sealAll();
        assertNotNull(seqOf(marker));
        assertEquals(HealthCheckResponse.Status.UP, readiness.call().getStatus(), "caught up");
    }

    // --- helpers ---

    private void sealAll() throws Exception {
        transaction.begin();
        try {
            sealing.sealAllVisible();
            transaction.commit();
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }

    /** Another "node" holding the sequencer lock: nothing is sealed until it lets go. */
    private Connection holdHeadLock() throws SQLException {
        Connection c = dataSource.getConnection();
        c.setAutoCommit(false);
        try (Statement lock = c.createStatement()) {
            lock.executeQuery("select seq from audit_head where id = 1 for update").close();
        }
        return c;
    }

    /** What {@code AuditEventStore.insertUnsealed} does, committed on a connection of its own. */
    private String insertCommitted(OffsetDateTime occurredAt) throws SQLException {
        String marker = "it-" + UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            insert(c, marker, occurredAt);
            c.commit();
        }
        return marker;
    }

    private static void insert(Connection c, String origin, OffsetDateTime occurredAt) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("insert into audit_event (occurred_at, actor, "
                + "actor_role, action, object_type, object_id, outcome, reason, origin, payload) values "
                + "(?, 'system', 'SYSTEM', 'SEQUENCER_TESTED', 'AUDIT_CHAIN', null, "
                + "'SUCCESS', null, ?, '{}')")) {
            insert.setObject(1, occurredAt.truncatedTo(ChronoUnit.MICROS));
            insert.setString(2, origin);
            insert.executeUpdate();
        }
    }

    private Long seqOf(String origin) throws SQLException {
        return single("select seq from audit_event where origin = '" + origin + "'");
    }

    private Long idOf(String origin) throws SQLException {
        return single("select id from audit_event where origin = '" + origin + "'");
    }

    private long head() throws SQLException {
        return single("select seq from audit_head where id = 1");
    }

    private long count(String sql) throws SQLException {
        Long value = single(sql);
        return value == null ? 0 : value;
    }

    private Long single(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet row = s.executeQuery(sql)) {
            assertTrue(row.next(), sql);
            long value = row.getLong(1);
            return row.wasNull() ? null : value;
        }
    }

    private void assertIntact() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            VerificationResult result = ChainVerifier.withoutTrustedKeys()
                    .verifyFromGenesis(new JdbcEventPageSource(c).eventsAfter(0, 1000));
            assertTrue(result.isIntact(), result.toString());
            assertNull(result.breakKind().orElse(null));
        }
    }
}
