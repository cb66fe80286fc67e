package nz.integrity.it;

import nz.integrity.audit.AuditChain;
import nz.integrity.audit.AuditEntry;
import nz.integrity.audit.AuditEvent;
import nz.integrity.audit.AuditSealing;
import nz.integrity.audit.BreakKind;
import nz.integrity.audit.ChainHead;
import nz.integrity.audit.ChainVerifier;
import nz.integrity.audit.Checkpoint;
import nz.integrity.audit.CheckpointDocument;
import nz.integrity.audit.CheckpointKeyFiles;
import nz.integrity.audit.JdbcEventPageSource;
import nz.integrity.audit.VerificationResult;
import nz.integrity.demo.DemoData.DemoAccount;
import nz.integrity.platform.persistence.DatabaseMigrator;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stored audit trail on the configured database (H2 by default, PostgreSQL with -Dit.db.opts): tampering
 * is detected by verification, PostgreSQL refuses changes, and the audit REST API refuses the wrong roles.
 *
 * <p>Tampering tests run inside a transaction that is always rolled back, so the chain is intact again for the
 * other tests. On PostgreSQL they first disable the append-only triggers in that transaction, as the table
 * owner may: this stands for a privileged attacker (DBA, stolen owner credentials). PostgreSQL DDL is
 * transactional, so the rollback re-enables the triggers too. They verify with the same page source and verifier
 * that {@code AuditVerification} uses, on the tampering transaction's connection, because a service call would
 * need a signed-in administrator and a second transaction that the disabled trigger's table lock would block.
 */
@ExtendWith(ArquillianExtension.class)
class AuditIT {

    private static final String ADMIN = DemoAccount.ADMIN.username();
    private static final String REVIEWER = DemoAccount.REVIEWER.username();
    private static final String INVESTIGATOR = DemoAccount.INVESTIGATOR.username();
    private static final String SUPERVISOR = DemoAccount.SUPERVISOR.username();
    private static final int PAGE = 1000;

    @ArquillianResource
    URL deployment;

    @Inject
    AuditSealing sealing;

    /**
     * The tampering tests address events by chain position, so every committed event gets one first. In the server
     * only: before a client-side test nothing is injected.
     */
    @BeforeEach
    void sealCommittedEvents() throws Exception {
        if (sealing == null) {
            return;
        }
        UserTransaction transaction = lookup("java:comp/UserTransaction");
        transaction.begin();
        sealing.sealAllVisible();
        transaction.commit();
    }

    // --- tampering is detected (in the server, on the database) ---

    @Test
    void directUpdateOfARowIsDetected() throws Exception {
        VerificationResult result = tampering(c -> {
            execute(c, "update audit_event set reason = 'nothing to see here' where seq = 2");
            return verifyBare(c);
        });
        assertBroken(result, BreakKind.HASH_MISMATCH, 2);
    }

    @Test
    void deletedRowIsDetected() throws Exception {
        VerificationResult result = tampering(c -> {
            execute(c, "delete from audit_event where seq = 2");
            return verifyBare(c);
        });
        assertBroken(result, BreakKind.SEQUENCE_GAP, 2);
    }

    @Test
    void swappingTwoRowsSeqIsDetected() throws Exception {
        VerificationResult result = tampering(c -> {
            execute(c, "update audit_event set seq = 999999999 where seq = 2");
            execute(c, "update audit_event set seq = 2 where seq = 3");
            execute(c, "update audit_event set seq = 3 where seq = 999999999");
            return verifyBare(c);
        });
        // seq is part of the hashed content, so the moved row no longer matches its hash.
        assertBroken(result, BreakKind.HASH_MISMATCH, 2);
    }

    @Test
    void cutOffTailIsDetectedOnlyAgainstASignedCheckpoint() throws Exception {
        Checkpoint saved = savedCheckpoint();
        long keep = saved.seq() - 2;
        List<VerificationResult> results = tampering(c -> {
            execute(c, "delete from audit_event where seq > " + keep);
            return List.of(verifyBare(c), verifyAgainst(c, saved));
        });
        assertTrue(results.get(0).isIntact(), "a bare hash chain cannot see a cut-off tail: " + results.get(0));
        assertBroken(results.get(1), BreakKind.TRUNCATED_BEFORE_CHECKPOINT, keep + 1);
    }

    @Test
    void forgedRowWithRecomputedHashesIsDetectedAgainstASavedSignedCheckpoint() throws Exception {
        Checkpoint saved = savedCheckpoint();
        List<VerificationResult> results = tampering(c -> {
            rewriteFrom(c, 2, "forged-actor");
            return List.of(verifyBare(c), verifyAgainst(c, saved));
        });
        assertTrue(results.get(0).isIntact(), "the rehashed chain is consistent in itself: " + results.get(0));
        assertBroken(results.get(1), BreakKind.CHECKPOINT_MISMATCH, saved.seq());
    }

    @Test
    void postgresqlRefusesUpdateDeleteAndTruncateOfAuditRows() throws Exception {
        if (!onPostgresql()) {
            return;   // H2 has no such triggers: there, verification is the only protection (docs/security.md)
        }
        // A checkpoint row is inserted first (inserting is allowed) so the row triggers have a row to refuse.
        String someCheckpoint = "insert into audit_checkpoint values (999999999, repeat('0', 64), now(), "
                + "'0000000000000000', repeat('A', 86) || '==')";
        String unsealed = "insert into audit_event (occurred_at, actor, actor_role, action, object_type, outcome, "
                + "origin, payload) values (now(), 'a', 'A', 'X', 'Y', 'SUCCESS', 'o', '{}')";
        for (String change : List.of("update audit_event set reason = 'x' where seq = 1",
                "update audit_event set hash = repeat('0', 64) where seq = 1",
                unsealed + "; update audit_event set reason = 'x' where seq is null",
                unsealed + "; delete from audit_event where seq is null",
                "delete from audit_event where seq = 1", "truncate audit_event",
                "update audit_checkpoint set key_id = 'ffffffffffffffff' where seq = 999999999",
                "delete from audit_checkpoint where seq = 999999999", "truncate audit_checkpoint")) {
            SQLException refused = assertThrows(SQLException.class, () -> inRolledBackTransaction(c -> {
                execute(c, someCheckpoint);
                return execute(c, change);
            }), change);
            assertTrue(refused.getMessage().contains("append-only"), change + ": " + refused.getMessage());
        }
    }

    // --- roles (the refused POST is checked inside the server, where the rows can be counted) ---

    @Test
    void reviewerPostChangesNoRowButItsOwnAuditEvents() throws Exception {
        Snapshot before = snapshot();
        HttpResponse<String> response = client().api("POST", "/api/audit/checkpoints", REVIEWER, password(REVIEWER), null);
        assertEquals(403, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"status\":403"), response.body());
        Snapshot after = snapshot();

        assertEquals(before.checkpoints, after.checkpoints, "no checkpoint issued");
        assertEquals(before.staff, after.staff, "no account changed");
        assertEquals(before.headHash, hashAt(before.headSeq), "earlier events untouched");
        // A Basic call signs in unless the same credentials were verified moments ago (docs/security.md: API
        // clients keep no per-call sign-in cost), so the call leaves its sign-in, if any, and the refusal ...
        List<String> events = eventsAfter(before.lastId);
        assertTrue(events.equals(List.of("LOGON_SUCCEEDED:reviewer:SUCCESS", "ACCESS_REFUSED:reviewer:DENIED"))
                || events.equals(List.of("ACCESS_REFUSED:reviewer:DENIED")), events.toString());
        // ... and a second call straight after leaves its refusal only.
        long second = snapshot().lastId;
        assertEquals(403, client().api("POST", "/api/audit/checkpoints", REVIEWER, password(REVIEWER), null).statusCode());
        assertEquals(List.of("ACCESS_REFUSED:reviewer:DENIED"), eventsAfter(second));
    }

    @Test
    @RunAsClient
    void verificationAndCheckpointEndpointsRefuseEveryoneButAdministratorsAndReviewers() {
        WebClient web = client();
        for (String user : List.of(INVESTIGATOR, SUPERVISOR)) {
            for (String[] call : List.of(new String[]{"GET", "/api/audit/verify"}, new String[]{"GET", "/api/audit/checkpoints"},
                    new String[]{"POST", "/api/audit/checkpoints"}, new String[]{"GET", "/api/audit/checkpoints/1/export"},
                    new String[]{"GET", "/api/audit/events"})) {
                HttpResponse<String> response = web.api(call[0], call[1], user, password(user), null);
                assertEquals(403, response.statusCode(), user + " " + call[0] + " " + call[1] + ": " + response.body());
                assertTrue(response.body().contains("\"status\":403"), response.body());
            }
        }
        assertEquals(403, web.api("GET", "/api/audit/events", REVIEWER, password(REVIEWER), null).statusCode(),
                "security events are for administrators");

        HttpResponse<String> verified = web.api("GET", "/api/audit/verify", REVIEWER, password(REVIEWER), null);
        assertEquals(200, verified.statusCode(), verified.body());
        assertTrue(verified.body().contains("\"intact\":true"), "tampering tests left the chain intact: " + verified.body());
        assertEquals(200, web.api("GET", "/api/audit/checkpoints", REVIEWER, password(REVIEWER), null).statusCode());
    }

    @Test
    @RunAsClient
    void administratorIssuesAndExportsACheckpointThatVerifiesIncrementally() throws Exception {
        WebClient web = client();
        HttpResponse<String> issued = web.api("POST", "/api/audit/checkpoints", ADMIN, password(ADMIN), null);
        assertEquals(201, issued.statusCode(), issued.body());
        Checkpoint checkpoint = CheckpointDocument.fromJson(issued.body()).verifiedWithEmbeddedKey();
        String location = issued.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/api/audit/checkpoints/" + checkpoint.seq() + "/export"), location);

        HttpResponse<String> export = web.api("GET", "/api/audit/checkpoints/" + checkpoint.seq() + "/export",
                REVIEWER, password(REVIEWER), null);
        assertEquals(200, export.statusCode(), export.body());
        assertEquals(issued.body(), export.body(), "the reviewer's copy is the same document");
        assertTrue(export.headers().firstValue("Content-Disposition").orElseThrow().contains("audit-checkpoint-"));

        HttpResponse<String> list = web.api("GET", "/api/audit/checkpoints", ADMIN, password(ADMIN), null);
        assertTrue(list.body().contains("\"seq\":" + checkpoint.seq()), list.body());
        HttpResponse<String> incremental = web.api("GET", "/api/audit/verify?from=LATEST_CHECKPOINT", ADMIN, password(ADMIN), null);
        assertEquals(200, incremental.statusCode(), incremental.body());
        assertTrue(incremental.body().contains("\"intact\":true"), incremental.body());
        assertTrue(incremental.body().contains("\"checkedFromSeq\":"), incremental.body());
        assertEquals(404, web.api("GET", "/api/audit/checkpoints/999999999/export", ADMIN, password(ADMIN), null).statusCode());
    }

    @Test
    @RunAsClient
    void administratorPagesThroughSecurityEventsAndBadParametersAreNamed() {
        WebClient web = client();
        HttpResponse<String> first = web.api("GET", "/api/audit/events?objectType=STAFF_MEMBER&limit=2", ADMIN, password(ADMIN), null);
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.body().contains("\"objectType\":\"STAFF_MEMBER\""), first.body());
        assertFalse(first.body().contains("STAFF_LISTED"), "only security events: " + first.body());
        String next = first.body().replaceAll("(?s).*\"nextAfterSeq\":(\\d+).*", "$1");
        HttpResponse<String> second = web.api("GET", "/api/audit/events?objectType=STAFF_MEMBER&limit=2&afterSeq=" + next,
                ADMIN, password(ADMIN), null);
        assertEquals(200, second.statusCode(), second.body());
        Matcher seqs = Pattern.compile("\"seq\":(\\d+)").matcher(second.body());
        while (seqs.find()) {
            assertTrue(Long.parseLong(seqs.group(1)) > Long.parseLong(next), "keyset page starts after " + next);
        }

        HttpResponse<String> bad = web.api("GET", "/api/audit/events?limit=500&afterSeq=x&objectType=lower", ADMIN, password(ADMIN), null);
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("\"afterSeq\""), bad.body());
        HttpResponse<String> badLimit = web.api("GET", "/api/audit/events?limit=500&objectType=lower", ADMIN, password(ADMIN), null);
        assertEquals(400, badLimit.statusCode(), badLimit.body());
        assertTrue(badLimit.body().contains("\"limit\"") && badLimit.body().contains("\"objectType\""), badLimit.body());
        assertEquals(400, web.api("GET", "/api/audit/verify?from=YESTERDAY", ADMIN, password(ADMIN), null).statusCode());
    }

    @Test
    @RunAsClient
    void administratorSeesTheSecurityEventsPageAndOthersDoNot() {
        WebClient admin = client();
        assertEquals(302, admin.logOn(ADMIN, password(ADMIN)).statusCode());
        HttpResponse<String> page = admin.get("/admin/security-events.xhtml");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("Logon succeeded"), "lists sign-ins in words: " + page.body());
        assertTrue(page.body().contains("Verify chain") && page.body().contains("Issue checkpoint"), page.body());
        assertFalse(page.body().contains("Staff listed"), "only security events");

        WebClient investigator = client();
        investigator.logOn(INVESTIGATOR, password(INVESTIGATOR));
        assertEquals(403, investigator.get("/admin/security-events.xhtml").statusCode());
    }

    @Test
    @RunAsClient
    void openApiDescribesTheAuditEndpoints() {
        HttpResponse<String> response = new WebClient(Deployments.serverRoot(deployment)).get("/openapi");
        for (String path : List.of("/api/audit/verify", "/api/audit/checkpoints", "/api/audit/checkpoints/{seq}/export",
                "/api/audit/events")) {
            assertTrue(response.body().contains(path), path);
        }
    }

    // --- helpers ---

    /** A checkpoint an administrator issued over REST, as the reviewer saved it, checked against the trusted key. */
    private Checkpoint savedCheckpoint() throws Exception {
        HttpResponse<String> issued = client().api("POST", "/api/audit/checkpoints", ADMIN, password(ADMIN), null);
        assertEquals(201, issued.statusCode(), issued.body());
        return CheckpointDocument.fromJson(issued.body()).verifiedAgainst(trustedKey());
    }

    private static PublicKey trustedKey() {
        String directory = ConfigProvider.getConfig().getValue("app.audit.key-dir", String.class);
        return CheckpointKeyFiles.readPublicKey(Path.of(directory, CheckpointKeyFiles.PUBLIC_KEY_FILE));
    }

    private static VerificationResult verifyBare(Connection c) {
        return ChainVerifier.withoutTrustedKeys().verifyFromGenesis(new JdbcEventPageSource(c).eventsAfter(0, PAGE));
    }

    private static VerificationResult verifyAgainst(Connection c, Checkpoint saved) {
        return ChainVerifier.trusting(trustedKey())
                .verifyFromGenesis(new JdbcEventPageSource(c).eventsAfter(0, PAGE), List.of(saved));
    }

    /** Changes the actor of event {@code from} and recomputes every later hash, as an attacker with SHA-256 would. */
    private static void rewriteFrom(Connection c, long from, String actor) throws SQLException {
        Iterator<AuditEvent> events = new JdbcEventPageSource(c).eventsAfter(from - 1, PAGE);
        List<AuditEvent> original = new ArrayList<>();
        events.forEachRemaining(original::add);
        ChainHead head = new ChainHead(from - 1, original.get(0).prevHash());
        try (PreparedStatement update = c.prepareStatement(
                "update audit_event set actor = ?, prev_hash = ?, hash = ? where seq = ?")) {
            for (AuditEvent event : original) {
                AuditEntry entry = event.entry();
                if (event.seq() == from) {
                    entry = new AuditEntry(entry.occurredAt(), actor, entry.actorRole(), entry.action(),
                            entry.objectType(), entry.objectId(), entry.outcome(), entry.reason(), entry.origin(),
                            entry.payload());
                }
                AuditEvent forged = AuditChain.append(head, entry);
                update.setString(1, forged.actor());
                update.setString(2, forged.prevHash());
                update.setString(3, forged.hash());
                update.setLong(4, forged.seq());
                update.executeUpdate();
                head = ChainHead.of(forged);
            }
        }
    }

    private static void assertBroken(VerificationResult result, BreakKind kind, long seq) {
        assertFalse(result.isIntact(), result.toString());
        assertEquals(kind, result.breakKind().orElseThrow(), result.toString());
        assertEquals(seq, result.firstBrokenSeq().orElseThrow(), result.toString());
    }

    /** Tampering as a privileged attacker: on PostgreSQL the owner first switches the append-only triggers off. */
    private <T> T tampering(SqlWork<T> work) throws Exception {
        return inRolledBackTransaction(c -> {
            if (onPostgresql(c)) {
                execute(c, "alter table audit_event disable trigger user");
                execute(c, "alter table audit_checkpoint disable trigger user");
            }
            return work.run(c);
        });
    }

    /** Work on one connection in a JTA transaction that is always rolled back. */
    private <T> T inRolledBackTransaction(SqlWork<T> work) throws Exception {
        UserTransaction transaction = lookup("java:comp/UserTransaction");
        transaction.begin();
        try (Connection c = this.<DataSource>lookup(DatabaseMigrator.DATASOURCE).getConnection()) {
            return work.run(c);
        } finally {
            transaction.rollback();
        }
    }

    private boolean onPostgresql() throws Exception {
        return inRolledBackTransaction(AuditIT::onPostgresql);
    }

    private static boolean onPostgresql(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().equals("PostgreSQL");
    }

    private static Void execute(Connection c, String sql) throws SQLException {
        try (Statement statement = c.createStatement()) {
            statement.execute(sql);
        }
        return null;
    }

    private record Snapshot(long lastId, long headSeq, String headHash, List<String> checkpoints, List<String> staff) {
    }

    private Snapshot snapshot() throws Exception {
        return inRolledBackTransaction(c -> {
            long lastId = Long.parseLong(rows(c, "select max(id) from audit_event").get(0));
            List<String> head = rows(c, "select seq, hash from audit_event where seq is not null order by seq desc limit 1");
            String[] parts = head.get(0).split("\\|");
            return new Snapshot(lastId, Long.parseLong(parts[0]), parts[1],
                    rows(c, "select seq, head_hash, signature from audit_checkpoint order by seq"),
                    rows(c, "select m.username, m.display_name, m.password_hash, m.failed_logons, m.locked_at, m.active, "
                            + "r.role from staff_member m join staff_role r on r.staff_member_id = m.id order by m.username, r.role"));
        });
    }

    private String hashAt(long seq) throws Exception {
        return inRolledBackTransaction(c -> rows(c, "select hash from audit_event where seq = " + seq).get(0));
    }

    private List<String> eventsAfter(long id) throws Exception {
        return inRolledBackTransaction(c -> rows(c,
                "select action, actor, outcome from audit_event where id > " + id + " order by id")).stream()
                .map(row -> row.replace('|', ':')).toList();
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = c.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(result.getObject(i)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private <T> T lookup(String name) throws NamingException {
        return (T) new InitialContext().lookup(name);
    }

    private WebClient client() {
        return new WebClient(Deployments.loopback(deployment));
    }

    private static String password(String username) {
        return username + "-demo-password";
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws Exception;
    }
}
