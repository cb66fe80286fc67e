package nz.integrity.request;

import nz.integrity.request.content.AlternativeConsidered;
import nz.integrity.request.content.ClientFirstBasis;
import nz.integrity.request.content.DateRange;
import nz.integrity.request.content.InformationCategory;
import nz.integrity.request.content.Justification;
import nz.integrity.request.content.LessIntrusiveMeans;
import nz.integrity.request.content.PrejudiceGround;
import nz.integrity.request.content.PurposeCode;
import nz.integrity.request.content.Recipient;
import nz.integrity.request.content.RequestContent;
import nz.integrity.request.content.RequestItem;
import nz.integrity.request.content.RequestType;
import nz.integrity.request.content.Subject;
import nz.integrity.investigation.SubjectRole;
import nz.integrity.party.RecipientType;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * G1 (issue 11), the application half: approvals through the REST API at N concurrent clients, as an approver does
 * them (HTTP Basic, one call per approval), against a running server with the demo data. Prepares enough submitted
 * requests first (drafted and submitted by the demo investigator on the demo case under investigation), then lets N
 * threads approve them as {@code supervisor2} for the given seconds and prints approvals per second and the
 * latency percentiles. Run by {@code server-config/benchmark/approvals-benchmark.sh}, which runs pgbench's minimal
 * approval SQL in the same run and prints the ratio. A main class, never part of {@code mvn verify} or CI.
 *
 * <pre>ApprovalsBenchmark BASE_URL JDBC_URL DB_USER DB_PASSWORD CLIENTS SECONDS PREPARED PBKDF2_ITERATIONS</pre>
 */
public final class ApprovalsBenchmark {

    private static final Pattern REFERENCE = Pattern.compile("\"reference\":\"(REQ-\\d{4}-\\d{6})\"");
    private static final String APPROVAL = "{\"reason\":\"Necessary and proportionate\",\"overrides\":{"
            + "\"R07\":\"The specific facts recorded justify proceeding without asking first\","
            + "\"R30\":\"The whole case plan was reviewed; each notice asks for a different period\"},"
            + "\"acknowledgements\":[\"R31\"]}";

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private ApprovalsBenchmark(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int clients = Integer.parseInt(args[4]);
        int seconds = Integer.parseInt(args[5]);
        int prepared = Integer.parseInt(args[6]);
        int iterations = Integer.parseInt(args[7]);
        ApprovalsBenchmark benchmark = new ApprovalsBenchmark(base);
        String content;
        String caseReference;
        try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
            caseReference = single(db, "select c.reference from investigation_case c join case_subject s on s.case_id = c.id "
                    + "join client cl on cl.id = s.client_id where cl.client_number = '100000001' and c.status = 'INVESTIGATING' "
                    + "order by c.id");
            String recipient = single(db, "select id from recipient_organisation where name = 'Kiwi Community Bank'");
            DateRange period = new DateRange(LocalDate.parse(single(db, "select period_from from investigation_case where reference = '"
                    + caseReference + "'")), LocalDate.parse(single(db, "select period_to from investigation_case where reference = '"
                    + caseReference + "'")));
            content = RequestContentJson.write(bankNotice(recipient, period));
            rehash(db, iterations);
        }
        long started = System.nanoTime();
        ConcurrentLinkedQueue<String> submitted = benchmark.prepare(caseReference, content, prepared, clients);
        System.out.printf("prepared %d submitted requests in %.0f s%n", submitted.size(), (System.nanoTime() - started) / 1e9);
        benchmark.approve(submitted, clients, 5, false);
        benchmark.approve(submitted, clients, seconds, true);
    }

    /**
     * The demo data comes from the IT fixture, which hashes passwords with few iterations to keep tests fast; a
     * benchmark of the sign-in cost needs the production count, so the two accounts used are re-hashed with it, in
     * the format the container's Pbkdf2PasswordHash reads (algorithm:iterations:salt:hash).
     */
    private static void rehash(Connection db, int iterations) throws Exception {
        for (String user : List.of("investigator", "supervisor2")) {
            byte[] salt = new byte[32];
            new SecureRandom().nextBytes(salt);
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(new PBEKeySpec(
                    (user + "-demo-password").toCharArray(), salt, iterations, 64 * 8)).getEncoded();
            try (PreparedStatement update = db.prepareStatement("update staff_member set password_hash = ? where username = ?")) {
                update.setString(1, "PBKDF2WithHmacSHA512:" + iterations + ":" + Base64.getEncoder().encodeToString(salt)
                        + ":" + Base64.getEncoder().encodeToString(hash));
                update.setString(2, user);
                if (update.executeUpdate() != 1) {
                    throw new IllegalStateException("no demo account " + user);
                }
            }
        }
        System.out.println("password hashes of investigator and supervisor2: PBKDF2-HMAC-SHA512, " + iterations + " iterations");
    }

    private static String single(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("the demo data is missing: " + sql);
            }
            return rows.getString(1);
        }
    }

    /** Drafts and submits requests at the given concurrency; the draft and submission are not what is measured. */
    private ConcurrentLinkedQueue<String> prepare(String caseReference, String content, int count, int clients) throws Exception {
        ConcurrentLinkedQueue<String> submitted = new ConcurrentLinkedQueue<>();
        AtomicInteger left = new AtomicInteger(count);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            work.add(pool.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    HttpResponse<String> drafted = call("POST", "/api/cases/" + caseReference + "/requests", "investigator", content);
                    Matcher m = REFERENCE.matcher(drafted.body());
                    if (drafted.statusCode() != 201 || !m.find()) {
                        throw new IllegalStateException("draft: " + drafted.statusCode() + " " + drafted.body());
                    }
                    HttpResponse<String> submit = call("POST", "/api/requests/" + m.group(1) + "/submit", "investigator", null);
                    if (submit.statusCode() != 200) {
                        throw new IllegalStateException("submit: " + submit.statusCode() + " " + submit.body());
                    }
                    submitted.add(m.group(1));
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        return submitted;
    }

    /** Approves from the queue at the given concurrency for the given time; prints the rate when measured. */
    private void approve(ConcurrentLinkedQueue<String> submitted, int clients, int seconds, boolean measured) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            work.add(pool.submit(() -> {
                String reference;
                while (System.nanoTime() < deadline && (reference = submitted.poll()) != null) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> approved = call("POST", "/api/requests/" + reference + "/approve", "supervisor2", APPROVAL);
                    if (approved.statusCode() == 200) {
                        latencies.add(System.nanoTime() - t0);
                    } else if (failures.incrementAndGet() <= 3) {
                        System.err.println("approve " + reference + ": " + approved.statusCode() + " " + approved.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        if (!measured) {
            return;
        }
        if (submitted.isEmpty()) {
            System.out.println("WARNING: the prepared requests ran out before the time was up; prepare more");
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("approvals: %d in %.1f s at %d clients = %.1f/s; p50 %.0f ms, p95 %.0f ms; failures %d%n",
                sorted.size(), elapsed, clients, sorted.size() / elapsed, percentile(sorted, 0.50), percentile(sorted, 0.95),
                failures.get());
        System.out.printf("APPROVALS_PER_SECOND=%.2f%n", sorted.size() / elapsed);
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (p * sorted.size()))) / 1e6;
    }

    private HttpResponse<String> call(String method, String path, String user, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + user + "-demo-password").getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        request = json == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path, e);
        }
    }

    /** The same well-justified bank notice the request ITs draft (RequestDrafts), on the case's own period. */
    private static RequestContent bankNotice(String recipientId, DateRange period) {
        ClientFirstBasis exception = new ClientFirstBasis.PrejudiceException(Set.of(PrejudiceGround.COLLUSION_WITH_THIRD_PARTY),
                "The alleged partner is the account holder's employer and told the case officer on 3 June he would "
                        + "'sort the paperwork out with her' before anyone else saw it; records from the client could be altered.",
                "Altered statements would hide the shared household.",
                "The bank holds the only record the client and partner cannot alter.");
        Justification justification = new Justification(
                "The client and Ben Walker share a household and finances; joint deposits would confirm or rule this out.",
                "Only the bank's statements show whether wages were paid into an account the client uses.",
                List.of(new AlternativeConsidered(LessIntrusiveMeans.ASK_THE_CLIENT, "Asking would prompt alteration of records: see exception."),
                        new AlternativeConsidered(LessIntrusiveMeans.INFORMATION_MSD_ALREADY_HOLDS, "MSD records show a single rate only."),
                        new AlternativeConsidered(LessIntrusiveMeans.INFORMATION_SHARING_OR_MATCHING, "No match covers this account."),
                        new AlternativeConsidered(LessIntrusiveMeans.PUBLIC_INFORMATION, "Nothing public shows payments."),
                        new AlternativeConsidered(LessIntrusiveMeans.INTERVIEW, "Interview offered; declined by the client.")),
                "One account for the period of the alleged overpayment of about $9,000; statements only.",
                "The range matches the period under investigation exactly.",
                "Payers and payees on the statements are not recorded unless material to the allegation.",
                "None identified; the bank is not the employer of either person.",
                "Only the investigator and approver see the statements; out-of-range pages are quarantined.",
                "The client is told in writing within 10 working days of issue.",
                "");
        return new RequestContent(RequestType.THIRD_PARTY_NOTICE,
                Optional.of(new Recipient(recipientId, "as typed by the client", RecipientType.OTHER, false)),
                List.of(new Subject("100000001", SubjectRole.CLIENT, "x", Optional.empty(), "", "")),
                Set.of(new PurposeCode("ENTITLEMENT"), new PurposeCode("DEBT_RECOVERY")),
                List.of(new RequestItem(InformationCategory.ACCOUNT_STATEMENTS, "Statements for account 12-3456-7890123-00",
                        Optional.of(period), exception)), justification);
    }
}
