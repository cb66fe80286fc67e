package nz.integrity.it;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nz.integrity.demo.DemoData.DemoAccount;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9 item 2 and the sign-in race: concurrent sign-ins of one account never fail with 500; failures from one
 * source address are slowed without touching other addresses or locking accounts; an operator on the server
 * unlocks an account with {@code server-config/recover.sh} and no administrator session.
 */
@ExtendWith(ArquillianExtension.class)
class SignInProtectionIT {

    private static final String INVESTIGATOR = DemoAccount.INVESTIGATOR.username();

    @ArquillianResource
    URL deployment;

    @PersistenceContext
    EntityManager em;


    private WebClient web() {
        return new WebClient(Deployments.loopback(deployment));
    }

    @Test
    @RunAsClient
    void parallelSignInsOfOneAccountAllSucceed_orFailCleanly() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                boolean form = i % 2 == 0;
                calls.add(() -> form
                        ? web().logOn(INVESTIGATOR, INVESTIGATOR + "-demo-password").statusCode()
                        : web().api("GET", "/api/me", INVESTIGATOR, INVESTIGATOR + "-demo-password", null).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(calls)) {
                statuses.add(result.get());
            }
            assertEquals(List.of(302, 200, 302, 200, 302, 200, 302, 200), statuses,
                    "form sign-ins redirect, API calls answer; none is a 500");
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sends one HTTP Basic request from the given loopback source address; returns the status code. */
    private int basicFrom(String source, String username, String password) throws IOException {
        URL base = new URL(Deployments.loopback(deployment));
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(source), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), base.getPort()));
            String credentials = Base64.getEncoder().encodeToString((username + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + base.getPath() + "/api/me HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
                    + credentials + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }

    /** In the server (to read the audit trail); the guesses come from 127.0.0.2, a source of their own. */
    @Test
    void guessingFromOneAddressIsSlowedWithoutLockingAccountsOrOtherAddresses() throws IOException {
        String attacker = "127.0.0.2";
        for (int i = 0; i < 15; i++) {
            assertEquals(401, basicFrom(attacker, "nobody" + i, "guess-number-" + i));
        }
        Number throttled = (Number) em.createNativeQuery("select count(*) from audit_event where action = "
                + "'LOGON_THROTTLED' and origin = ?1").setParameter(1, attacker).getSingleResult();
        assertTrue(throttled.intValue() >= 1, "some of the 5 guesses beyond the 10 free ones waited: " + throttled);
        assertEquals(200, web().api("GET", "/api/me", INVESTIGATOR, INVESTIGATOR + "-demo-password", null).statusCode(),
                "another address signs in as usual");
        Number locked = (Number) em.createNativeQuery("select count(*) from audit_event where action = 'ACCOUNT_LOCKED' "
                + "and origin = ?1").setParameter(1, attacker).getSingleResult();
        assertEquals(0, locked.intValue());
    }

    @Test
    @RunAsClient
    void anOperatorOnTheServerUnlocksAnAccountWithoutAnAdministratorSession() throws Exception {
        String user = ItFixture.BASIC_LOCKOUT_USER;
        WebClient web = web();
        for (int i = 0; i < 3; i++) {
            web.api("GET", "/api/me", user, "wrong-recovery-" + i, null);
        }
        assertEquals(401, web.api("GET", "/api/me", user, ItFixture.PASSWORD, null).statusCode(), "locked");

        HttpResponse<String> probe = web.api("POST", "/recovery/unlock", "admin", "admin-demo-password", null);
        assertEquals(404, probe.statusCode(), "without the token the endpoint is not there");

        URL base = new URL(Deployments.loopback(deployment));
        ProcessBuilder builder = new ProcessBuilder("bash", "server-config/recover.sh", "unlock", user,
                "--reason", "Only administrator locked out on a Sunday", "--operator", "it-operator")
                .redirectErrorStream(true);
        builder.environment().put("APP_URL", base.getProtocol() + "://127.0.0.1:" + base.getPort() + base.getPath());
        builder.environment().put("APP_RECOVERY_TOKEN_FILE", Path.of("target/it-recovery-token").toString());
        Process run = builder.start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, run.waitFor(), output);
        assertTrue(output.contains("unlocked " + user), output);
        assertTrue(Files.exists(Path.of("target/it-recovery-token")));

        assertEquals(200, web.api("GET", "/api/me", user, ItFixture.PASSWORD, null).statusCode(), "unlocked");
    }
}
