package nz.integrity.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9, item 10: signed-in people browsing with zero think time, many sessions at once, never get a refusal
 * for a page they may see. Every page view is checked. The duration is {@code it.browsing.seconds} (default 60);
 * the point is the count of spurious refusals (must be 0), not how fast the pages come.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentBrowsingIT {

    private static final Pattern CASE = Pattern.compile("\"reference\":\"(INV-\\d{4}-\\d{6})\"");
    private static final int SESSIONS_PER_USER = 7;
    private static final List<String> USERS = List.of("investigator", "supervisor", "investigator2", "supervisor2");

    @ArquillianResource
    URL deployment;


    /** A case the user's team holds: the first one their own case list offers. */
    private String caseOf(String user) {
        HttpResponse<String> list = new Api(new WebClient(Deployments.loopback(deployment)), user).call("GET", "/api/cases", null);
        Matcher reference = CASE.matcher(list.body());
        assertTrue(list.statusCode() == 200 && reference.find(), list.body());
        return reference.group(1);
    }

    @Test
    void manySessionsBrowsingTheirOwnPagesAreNeverRefused() throws Exception {
        Map<String, String> caseOf = new HashMap<>();
        USERS.forEach(user -> caseOf.put(user, caseOf(user)));
        Duration duration = Duration.ofSeconds(Long.getLong("it.browsing.seconds", 60));
        String base = Deployments.loopback(deployment);
        int sessions = SESSIONS_PER_USER * USERS.size();
        ExecutorService pool = Executors.newFixedThreadPool(sessions);
        ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();
        AtomicLong views = new AtomicLong();
        try {
            List<Future<?>> running = new ArrayList<>();
            long end = System.nanoTime() + duration.toNanos();
            for (int i = 0; i < sessions; i++) {
                String user = USERS.get(i % USERS.size());
                running.add(pool.submit(() -> browse(base, user, caseOf.get(user), end, views, refusals)));
            }
            for (Future<?> session : running) {
                session.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(views.get() >= sessions * 3L, "every session browsed: " + views.get() + " page views");
        assertEquals(List.of(), List.copyOf(refusals), refusals.size() + " of " + views.get() + " page views refused");
    }

    private static void browse(String base, String user, String caseReference, long end, AtomicLong views,
                               ConcurrentLinkedQueue<String> refusals) {
        WebClient web = new WebClient(base);
        HttpResponse<String> logon;
        // Different people sign in at the same time; one account's sign-ins are decided one at a time (the account
        // row is locked while the password hash is checked), so they queue instead of racing the H2 lock timeout.
        synchronized (user.intern()) {
            logon = web.logOn(user, user + "-demo-password");
        }
        if (logon.statusCode() != 302 || logon.headers().firstValue("Location").orElse("").contains("login")) {
            refusals.add(user + " could not sign in: " + logon.statusCode() + " " + logon.headers().map());
            return;
        }
        List<String> pages = List.of("/index.xhtml", "/cases/index.xhtml", "/cases/case.xhtml?ref=" + caseReference);
        do {
            for (String page : pages) {
                HttpResponse<String> answer = web.get(page);
                views.incrementAndGet();
                if (answer.statusCode() != 200 || answer.body().contains("You do not have access to this page")) {
                    refusals.add(user + " " + page + " -> " + answer.statusCode() + " " + answer.headers().firstValue("Location").orElse(""));
                }
            }
        } while (System.nanoTime() < end);
    }
}
