package nz.integrity.it;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nz.integrity.demo.DemoData.DemoAccount;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Logon, lockout, role refusals, REST authentication, headers, error pages and operations endpoints. */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

    private static final String INVESTIGATOR = DemoAccount.INVESTIGATOR.username();
    private static final String ADMIN = DemoAccount.ADMIN.username();

    @ArquillianResource
    URL deployment;

    @PersistenceContext
    EntityManager em;

    private WebClient client() {
        return new WebClient(Deployments.loopback(deployment));
    }

    private String serverRoot() {
        String app = Deployments.loopback(deployment);
        return app.substring(0, app.indexOf('/', "http://".length()));
    }

    private static String password(String username) {
        return username + "-demo-password";
    }

    @Test
    @RunAsClient
    void anonymousPageRequestIsSentToTheLogonPageAndBackAfterwards() {
        WebClient web = client();
        HttpResponse<String> response = web.get("/admin/staff.xhtml");
        assertEquals(302, response.statusCode());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/login.xhtml?continue=%2Fadmin%2Fstaff.xhtml"), location);

        HttpResponse<String> logon = web.logOn("/login.xhtml?continue=%2Fadmin%2Fstaff.xhtml", ADMIN, password(ADMIN));
        assertEquals(302, logon.statusCode());
        assertTrue(logon.headers().firstValue("Location").orElseThrow().endsWith("/admin/staff.xhtml"));
        HttpResponse<String> staff = web.get("/admin/staff.xhtml");
        assertEquals(200, staff.statusCode());
        assertTrue(staff.body().contains("lockout.target"), "staff list shows accounts");
    }

    @Test
    @RunAsClient
    void wrongPasswordIsRefusedWithAPlainMessageAndNoSession() {
        WebClient web = client();
        HttpResponse<String> response = web.logOn(INVESTIGATOR, "not-the-password");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Sign-in failed"), response.body());
        assertEquals(302, web.get("/index.xhtml").statusCode(), "still not signed in");
        // a correct logon afterwards resets the count for this shared demo account
        assertEquals(302, web.logOn(INVESTIGATOR, password(INVESTIGATOR)).statusCode());
    }

    @Test
    @RunAsClient
    void logonChangesTheSessionIdAndTheCookieIsHttpOnlyAndSameSite() {
        WebClient web = client();
        HttpResponse<String> page = web.get("/login.xhtml");
        String before = web.sessionId().orElseThrow(() -> new AssertionError("the logon page starts a session"));
        String setCookie = String.join("\n", page.headers().allValues("Set-Cookie"));
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Strict"), setCookie);

        HttpResponse<String> logon = web.logOn(INVESTIGATOR, password(INVESTIGATOR));
        assertEquals(302, logon.statusCode());
        String after = web.sessionId().orElseThrow();
        assertNotEquals(before, after, "session id must change at logon");
        HttpResponse<String> home = web.get("/index.xhtml");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Ivy Investigator"));
    }

    @Test
    @RunAsClient
    void investigatorOpeningAnAdminPageIsRefusedWithoutLeakingDetails() {
        WebClient web = client();
        web.logOn(INVESTIGATOR, password(INVESTIGATOR));
        HttpResponse<String> response = web.get("/admin/staff.xhtml");
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("You do not have access to this page"), response.body());
        assertNoInternals(response.body());
        assertEquals(403, web.get("/admin/review-grants.xhtml").statusCode(), "review access is the administrators' to give");
    }

    @Test
    @RunAsClient
    void unknownPageGivesTheFriendly404() {
        HttpResponse<String> response = client().get("/no-such-page.xhtml");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Page not found"), response.body());
        assertNoInternals(response.body());
    }

    @Test
    @RunAsClient
    void pagesCarryTheSecurityHeaders() {
        HttpResponse<String> response = client().get("/login.xhtml");
        String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(csp.matches(".*script-src 'self' 'nonce-[^']+'.*"), "PrimeFaces adds a nonce: " + csp);
        assertFalse(csp.contains("unsafe-eval"), csp);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElseThrow());
        assertEquals(1, response.headers().allValues("Content-Security-Policy").size(), "policies would intersect");

        HttpResponse<String> api = client().api("GET", "/api/me", null, null, null);
        assertTrue(api.headers().firstValue("Content-Security-Policy").orElseThrow().startsWith("default-src 'none'"));
    }

    @Test
    @RunAsClient
    void anonymousApiCallGets401AsJsonNotALogonPage() {
        HttpResponse<String> response = client().api("GET", "/api/me", null, null, null);
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        assertTrue(response.body().contains("\"error\":\"unauthorized\""), response.body());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Basic"));
    }

    @Test
    @RunAsClient
    void apiAuthenticatesWithBasicAndRefusesOtherRolesWith403Json() {
        WebClient web = client();
        HttpResponse<String> me = web.api("GET", "/api/me", INVESTIGATOR, password(INVESTIGATOR), null);
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("\"username\":\"investigator\"") && me.body().contains("INVESTIGATOR"), me.body());
        assertTrue(web.sessionId().isEmpty(), "the API is stateless");

        HttpResponse<String> wrong = web.api("GET", "/api/me", INVESTIGATOR, "wrong-password-x", null);
        assertEquals(401, wrong.statusCode());
        web.api("GET", "/api/me", INVESTIGATOR, password(INVESTIGATOR), null);   // reset the failure count

        HttpResponse<String> staff = web.api("GET", "/api/staff", INVESTIGATOR, password(INVESTIGATOR), null);
        assertEquals(403, staff.statusCode(), staff.body());
        assertTrue(staff.body().contains("\"status\":403"), staff.body());

        HttpResponse<String> asAdmin = web.api("GET", "/api/staff", ADMIN, password(ADMIN), null);
        assertEquals(200, asAdmin.statusCode(), asAdmin.body());
        assertTrue(asAdmin.body().contains("\"username\":\"investigator\""), asAdmin.body());
    }

    @Test
    @RunAsClient
    void unlockWithoutAReasonIsABadRequestNamingTheField() {
        HttpResponse<String> response = client().api("POST", "/api/staff/" + ItFixture.BASIC_LOCKOUT_USER + "/unlock",
                ADMIN, password(ADMIN), "{\"reason\":\"\"}");
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"reason\""), response.body());
    }

    @Test
    @RunAsClient
    void healthReadinessReportsTheMigratedDatabase() {
        HttpResponse<String> response = new WebClient(serverRoot()).get("/health/ready");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().matches(".*\"migrated\":\"?true.*"), response.body());
        assertTrue(response.body().contains("\"name\":\"database\""), response.body());
        HttpResponse<String> live = new WebClient(serverRoot()).get("/health/live");
        assertEquals(200, live.statusCode(), live.body());
    }

    @Test
    @RunAsClient
    void openApiDocumentsTheRestApi() {
        HttpResponse<String> response = new WebClient(serverRoot()).get("/openapi");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("/api/staff/{username}/unlock"), response.body());
        assertTrue(response.body().contains("/api/me"), response.body());
    }

    @Test
    @RunAsClient
    void metricsAreNotPublic() {
        // Operations read them with monitoring credentials (PublicSurfaceIT, docs/security.md "What is public").
        HttpResponse<String> response = new WebClient(serverRoot()).get("/metrics");
        // Payara's metrics security answers 403 rather than a Basic challenge; either way nothing is published.
        assertTrue(response.statusCode() == 401 || response.statusCode() == 403, "status " + response.statusCode());
        assertFalse(response.body().contains("# TYPE"), "no metric is published anonymously");
    }

    /** Runs inside the server so it can read the audit trail the HTTP calls produced. */
    @Test
    void threeFailedLogonsLockTheAccountUntilAnAdministratorUnlocksIt_andEveryStepIsAudited() {
        WebClient web = client();
        String user = ItFixture.LOCKOUT_USER;
        for (int i = 0; i < 3; i++) {
            assertEquals(200, web.logOn(user, "wrong-password-" + i).statusCode());
        }
        HttpResponse<String> lockedOut = web.logOn(user, ItFixture.PASSWORD);
        assertEquals(200, lockedOut.statusCode(), "correct password no longer works");
        assertTrue(lockedOut.body().contains("Sign-in failed"));

        HttpResponse<String> byInvestigator = web.api("POST", "/api/staff/" + user + "/unlock",
                INVESTIGATOR, password(INVESTIGATOR), "{\"reason\":\"trying to help\"}");
        assertEquals(403, byInvestigator.statusCode(), "only administrators unlock");

        HttpResponse<String> unlock = web.api("POST", "/api/staff/" + user + "/unlock",
                ADMIN, password(ADMIN), "{\"reason\":\"Identity confirmed by phone\"}");
        assertEquals(200, unlock.statusCode(), unlock.body());
        assertEquals(302, web.logOn(user, ItFixture.PASSWORD).statusCode(), "unlocked account signs in");

        @SuppressWarnings("unchecked")
        List<Object[]> events = em.createNativeQuery(
                "select action, outcome from audit_event where object_id = ?1 and object_type = 'STAFF_MEMBER' "
                        + "and id > (select coalesce(max(id), 0) from audit_event where object_id = ?1 and action = 'STAFF_CREATED') "
                        + "order by id")
                .setParameter(1, user).getResultList();
        List<String> trail = events.stream().map(e -> e[0] + ":" + e[1]).toList();
        int start = trail.lastIndexOf("LOGON_FAILED:FAILURE") - 2;
        assertTrue(start >= 0, trail.toString());
        assertEquals(List.of("LOGON_FAILED:FAILURE", "LOGON_FAILED:FAILURE", "LOGON_FAILED:FAILURE", "ACCOUNT_LOCKED:SUCCESS",
                "LOGON_REFUSED:DENIED", "ACCESS_REFUSED:DENIED", "ACCOUNT_UNLOCKED:SUCCESS", "LOGON_SUCCEEDED:SUCCESS"),
                trail.subList(start, trail.size()));
    }

    @Test
    @RunAsClient
    void basicAuthenticationCountsTowardsTheSameLockout() {
        WebClient web = client();
        String user = ItFixture.BASIC_LOCKOUT_USER;
        for (int i = 0; i < 3; i++) {
            assertEquals(401, web.api("GET", "/api/me", user, "wrong-password-" + i, null).statusCode());
        }
        assertEquals(401, web.api("GET", "/api/me", user, ItFixture.PASSWORD, null).statusCode(), "locked");
    }

    private static void assertNoInternals(String body) {
        assertFalse(body.matches("(?s).*\\w+Exception:.*"), body);
        assertFalse(body.contains("Caused by"), body);
        assertFalse(body.contains("at nz.integrity"), body);
        assertFalse(body.toLowerCase().contains("payara"), body);
    }
}
