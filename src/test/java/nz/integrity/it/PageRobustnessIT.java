package nz.integrity.it;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages answer forged or incomplete requests without running anything and without a 500: a postback whose CSP
 * nonce is missing or wrong (issue 9, item 3) and a review timeline that names no case (item 14).
 */
@ExtendWith(ArquillianExtension.class)
class PageRobustnessIT {

    /** A well-formed nonce (base64 of a UUID) that is not the one the page was rendered with. */
    private static final String FOREIGN_NONCE = java.util.Base64.getEncoder()
            .encodeToString(java.util.UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));

    @ArquillianResource
    URL deployment;

    @PersistenceContext
    EntityManager em;


    private WebClient signedIn(String username) {
        WebClient web = new WebClient(Deployments.loopback(deployment));
        assertEquals(302, web.logOn(username, username + "-demo-password").statusCode());
        return web;
    }

    /** The sign-out button's postback from a freshly rendered home page, with the nonce chosen from that page. */
    private static HttpResponse<String> signOutPostback(WebClient web, java.util.function.UnaryOperator<String> nonceFor) {
        String home = web.get("/index.xhtml").body();
        String nonce = nonceFor.apply(home);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("logoffForm", "logoffForm");
        form.put("logoffForm:logOff", "");
        form.put("jakarta.faces.ViewState", WebClient.viewState(home));
        if (nonce != null) {
            form.put("primefaces.nonce", nonce);
        }
        return web.postForm("/index.xhtml", form);
    }

    private long refusals(String user, String objectType) {
        return ((Number) em.createNativeQuery("select count(*) from audit_event where action = 'ACCESS_REFUSED' "
                        + "and actor = ?1 and object_type = ?2")
                .setParameter(1, user).setParameter(2, objectType).getSingleResult()).longValue();
    }

    @Test
    void aPostbackWithAWrongNonceIsRefusedBeforeItsActionRunsAndAuditedOnce() {
        WebClient web = signedIn("supervisor");
        long before = refusals("supervisor", "PAGE");
        HttpResponse<String> forged = signOutPostback(web, page -> FOREIGN_NONCE);
        assertNotEquals(500, forged.statusCode(), forged.body());
        assertFalse(forged.headers().firstValue("Location").orElse("").contains("signedOut"),
                "the sign-out action ran: " + forged.headers().map());
        HttpResponse<String> reloaded = web.get("/index.xhtml");
        assertEquals(200, reloaded.statusCode(), "still signed in: nothing was carried out");
        assertTrue(reloaded.body().contains("could not be verified"), "the reloaded page says why: " + reloaded.body());
        assertEquals(before + 1, refusals("supervisor", "PAGE"));
    }

    @Test
    void aPostbackWithoutANonceIsRefusedBeforeItsActionRuns() {
        WebClient web = signedIn("supervisor");
        HttpResponse<String> forged = signOutPostback(web, page -> null);
        assertNotEquals(500, forged.statusCode(), forged.body());
        assertEquals(200, web.get("/index.xhtml").statusCode(), "still signed in: nothing was carried out");
    }

    @Test
    void theGenuinePostbackStillWorks() {
        WebClient web = signedIn("supervisor");
        HttpResponse<String> signOut = signOutPostback(web, WebClient::nonce);
        assertTrue(signOut.headers().firstValue("Location").orElse("").contains("signedOut"), signOut.headers().map().toString());
    }

    private long allRefusals(String user) {
        return ((Number) em.createNativeQuery("select count(*) from audit_event where action = 'ACCESS_REFUSED' and actor = ?1")
                .setParameter(1, user).getSingleResult()).longValue();
    }

    @Test
    void pageRefusalsAreAuditedExactlyOnce() {
        WebClient reviewer = signedIn("reviewer");
        long before = allRefusals("reviewer");
        assertEquals(403, reviewer.get("/cases/index.xhtml").statusCode(), "a reviewer is kept out of case pages");
        assertEquals(before + 1, allRefusals("reviewer"));

        String northCase = (String) em.createNativeQuery("select c.reference from investigation_case c "
                + "join team t on t.id = c.team_id where t.code = 'NORTH' order by c.id").setMaxResults(1).getSingleResult();
        WebClient otherTeam = signedIn("investigator2");
        long otherBefore = allRefusals("investigator2");
        assertEquals(404, otherTeam.get("/cases/case.xhtml?ref=" + northCase).statusCode(), "another team's case is hidden");
        assertEquals(otherBefore + 1, allRefusals("investigator2"));
        assertEquals(404, otherTeam.get("/cases/case.xhtml?ref=INV-1999-999999").statusCode());
        assertEquals(otherBefore + 2, allRefusals("investigator2"));
    }

    @Test
    void theReviewTimelineWithoutACaseSaysNotFoundInsteadOfFailing() {
        WebClient reviewer = signedIn("reviewer");
        for (String path : new String[]{"/review/timeline.xhtml", "/review/timeline.xhtml?key=INV-2026-000001"}) {
            HttpResponse<String> page = reviewer.get(path);
            assertEquals(200, page.statusCode(), path + ": " + page.body());
            assertTrue(page.body().contains("No case was named"), path + ": " + page.body());
        }
    }
}
