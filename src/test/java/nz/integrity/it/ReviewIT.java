package nz.integrity.it;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nz.integrity.platform.time.NewZealandTime;
import nz.integrity.request.RequestContentJson;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * External reviewers: grants issued only by administrators, de-identified register and timelines checked on the
 * rendered HTML of seeded data, every view audited, and no way for a reviewer to change anything.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewIT {

    private static final Pattern REQUEST = Pattern.compile("\"reference\":\"(REQ-\\d{4}-\\d{6})\"");

    @ArquillianResource
    URL deployment;

    @PersistenceContext
    EntityManager em;

    private WebClient web() {
        return new WebClient(Deployments.loopback(deployment));
    }

    private Api as(String username) {
        return new Api(web(), username);
    }

    /** A request whose texts name people, staff and an account number, submitted and returned with a reason. */
    private String requestFullOfIdentifiers() {
        String caseReference = RequestDrafts.investigatingCase(em);
        HttpResponse<String> drafted = as("investigator").call("POST", "/api/cases/" + caseReference + "/requests",
                RequestContentJson.write(RequestDrafts.bankNotice(em, RequestDrafts.statements(
                        RequestDrafts.period(em, caseReference), "Statements for account 12-3456-7890123-00 held by Aroha Ngata"))));
        assertEquals(201, drafted.statusCode(), drafted.body());
        Matcher m = REQUEST.matcher(drafted.body());
        assertTrue(m.find());
        String reference = m.group(1);
        assertEquals(200, as("investigator").call("POST", "/api/requests/" + reference + "/submit", null).statusCode());
        assertEquals(200, as("supervisor2").call("POST", "/api/requests/" + reference + "/return",
                "{\"reason\":\"Ivy Investigator should name only account 12-3456-7890123-00 of Aroha Ngata\"}").statusCode());
        return reference;
    }

    private static void assertDeIdentified(String html, String caseReference) {
        for (String identifier : List.of("Aroha", "Ngata", "Ben Walker", "100000001", "100000002", "12-3456",
                "7890123", "Ivy Investigator", "Sam Supervisor", "Sina Supervisor", "supervisor2", "Kiwi Community Bank",
                caseReference)) {
            assertFalse(html.contains(identifier), "the reviewer's page shows '" + identifier + "'");
        }
    }

    @Test
    void theRenderedRegisterIsDeIdentifiedWatermarkedAndAudited() {
        String reference = requestFullOfIdentifiers();
        WebClient reviewer = web();
        assertEquals(302, reviewer.logOn("reviewer", "reviewer-demo-password").statusCode());
        HttpResponse<String> page = reviewer.get("/review/register.xhtml");
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains(reference), "the request itself is listed");
        assertTrue(html.contains("Staff-") && html.contains("Case-") && html.contains("Recipient-"), "pseudonyms shown");
        assertTrue(html.contains("[number removed]") && html.contains("[name removed]"), "free text redacted");
        assertTrue(html.contains("Viewed by reviewer"), "watermarked");
        assertDeIdentified(html, RequestDrafts.investigatingCase(em));
        long views = ((Number) em.createNativeQuery("select count(*) from audit_event where action = 'REVIEW_REGISTER_VIEWED' "
                + "and actor = 'reviewer'").getSingleResult()).longValue();
        assertTrue(views >= 1, "every register view is audited");
    }

    @Test
    void theCaseTimelineUsesPseudonymsForCaseAndStaff() {
        requestFullOfIdentifiers();
        HttpResponse<String> register = as("reviewer").call("GET", "/api/review/register", null);
        assertEquals(200, register.statusCode(), register.body());
        Matcher key = Pattern.compile("\"caseKey\":\"(Case-[0-9a-f]{8})\"").matcher(register.body());
        assertTrue(key.find(), register.body());
        WebClient reviewer = web();
        reviewer.logOn("reviewer", "reviewer-demo-password");
        HttpResponse<String> page = reviewer.get("/review/timeline.xhtml?case=" + key.group(1));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Request submitted"), "the timeline shows what happened, in words");
        assertTrue(page.body().contains("Viewed by reviewer"));
        assertDeIdentified(page.body(), RequestDrafts.investigatingCase(em));
        assertEquals(404, as("reviewer").call("GET", "/api/review/cases/" + RequestDrafts.investigatingCase(em) + "/timeline",
                null).statusCode(), "the real reference opens nothing without an identified grant");
    }

    @Test
    void onlyAdministratorsIssueGrantsAndIdentifiedAccessNeedsACaseAndTheClientsAuthority() {
        String grant = """
                {"reviewer":"reviewer","mode":"IDENTIFIED","caseReference":"%s","clientAuthority":%s,
                 "validFrom":"%s","validTo":"%s","reason":"Community Law review of this client's case"}""";
        String caseReference = newCase();
        String today = LocalDate.now(NewZealandTime.ZONE).toString();
        String nextMonth = LocalDate.now(NewZealandTime.ZONE).plusMonths(1).toString();
        assertEquals(403, as("investigator").call("POST", "/api/review/grants",
                grant.formatted(caseReference, "\"Signed authority 2026-11-20\"", today, nextMonth)).statusCode());
        assertEquals(403, as("reviewer").call("POST", "/api/review/grants",
                grant.formatted(caseReference, "\"Signed authority 2026-11-20\"", today, nextMonth)).statusCode());
        HttpResponse<String> noAuthority = as("admin").call("POST", "/api/review/grants",
                grant.formatted(caseReference, "null", today, nextMonth));
        assertEquals(400, noAuthority.statusCode(), noAuthority.body());
        assertTrue(noAuthority.body().contains("clientAuthority"));

        assertEquals(404, as("reviewer").call("GET", "/api/review/cases/" + caseReference + "/timeline", null).statusCode());
        HttpResponse<String> issued = as("admin").call("POST", "/api/review/grants",
                grant.formatted(caseReference, "\"Signed authority 2026-11-20\"", today, nextMonth));
        assertEquals(201, issued.statusCode(), issued.body());
        HttpResponse<String> identified = as("reviewer").call("GET", "/api/review/cases/" + caseReference + "/timeline", null);
        assertEquals(200, identified.statusCode(), identified.body());
        assertTrue(identified.body().contains("CASE_REGISTERED"));
    }

    @Test
    void aReviewerWithoutAGrantInForceSeesNothing() {
        HttpResponse<String> created = as("admin").call("POST", "/api/staff", """
                {"username":"reviewer.nogrant","displayName":"Reviewer Without Grant","password":"reviewer-nogrant-password",
                 "roles":["REVIEWER"]}""");
        assertEquals(201, created.statusCode(), created.body());
        // The administrator's password is temporary; the reviewer's own one gives them their role (issue 9 item 1).
        HttpResponse<String> changed = web().api("POST", "/api/me/password", "reviewer.nogrant", "reviewer-nogrant-password",
                "{\"currentPassword\":\"reviewer-nogrant-password\",\"newPassword\":\"granite wombat pavlova dusk\"}");
        assertEquals(204, changed.statusCode(), changed.body());
        HttpResponse<String> register = web().api("GET", "/api/review/register", "reviewer.nogrant",
                "granite wombat pavlova dusk", null);
        assertEquals(403, register.statusCode(), register.body());
    }

    @Test
    void aReviewerChangesNothingButTheirOwnAuditTrail() {
        long before = ((Number) em.createNativeQuery("select count(*) from audit_event where actor <> 'reviewer'")
                .getSingleResult()).longValue();
        Api reviewer = as("reviewer");
        assertEquals(403, reviewer.call("POST", "/api/cases", "{\"team\":\"NORTH\"}").statusCode());
        assertEquals(403, reviewer.call("POST", "/api/review/grants", "{}").statusCode());
        assertEquals(403, reviewer.call("POST", "/api/staff/investigator/unlock", "{\"reason\":\"trying\"}").statusCode());
        long after = ((Number) em.createNativeQuery("select count(*) from audit_event where actor <> 'reviewer'")
                .getSingleResult()).longValue();
        assertEquals(before, after, "only the reviewer's own events were added");
    }

    private String newCase() {
        HttpResponse<String> created = as("investigator").call("POST", "/api/cases", """
                {"team":"NORTH","referralSource":"PUBLIC_ALLEGATION","allegationType":"OTHER",
                 "allegationSummary":"A referral for the identified review","periodFrom":"2025-01-01","periodTo":"2025-06-30"}""");
        assertEquals(201, created.statusCode(), created.body());
        Matcher m = Pattern.compile("\"reference\":\"(INV-\\d{4}-\\d{6})\"").matcher(created.body());
        assertTrue(m.find());
        return m.group(1);
    }
}
