package nz.integrity.it;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nz.integrity.request.RequestContentJson;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9, item 6 and the authorization matrix: every role (and an investigator of the other team) against each
 * REST endpoint family, on a case and a request of team NORTH. Each call must answer the expected status, and
 * every refusal (403, or the 404 that hides what the caller may not see) must leave exactly one ACCESS_REFUSED
 * event by that caller; an allowed call leaves none.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {

    private static final Pattern REQUEST = Pattern.compile("\"reference\":\"(REQ-\\d{4}-\\d{6})\"");
    private static final String INVESTIGATOR = "investigator";
    private static final String SUPERVISOR = "supervisor";
    private static final String OTHER_TEAM = "investigator2";
    private static final String REVIEWER = "reviewer";
    private static final String ADMIN = "admin";

    @ArquillianResource
    URL deployment;

    @PersistenceContext
    EntityManager em;


    /** One cell of the matrix; a null expected status means "whatever it is, audited consistently with it". */
    private record Cell(String user, String method, String path, String body, Integer expected) {
    }

    @Test
    void everyRoleAgainstEveryEndpointFamilyIsAnsweredAsExpectedAndEachRefusalAuditedOnce() {
        String north = RequestDrafts.investigatingCase(em);
        String request = draftedRequest(north);
        List<Cell> cells = new ArrayList<>();
        String caseUrl = "/api/cases/" + north;
        // cases, subjects, diary, evidence: own team reads, other team and non-case roles are refused
        for (String path : List.of(caseUrl, caseUrl + "/subjects", caseUrl + "/diary", caseUrl + "/evidence",
                caseUrl + "/decisions", caseUrl + "/requests")) {
            cells.add(new Cell(INVESTIGATOR, "GET", path, null, 200));
            cells.add(new Cell(SUPERVISOR, "GET", path, null, 200));
            cells.add(new Cell(OTHER_TEAM, "GET", path, null, 404));
            cells.add(new Cell(REVIEWER, "GET", path, null, 403));
            cells.add(new Cell(ADMIN, "GET", path, null, 403));
        }
        cells.add(new Cell(INVESTIGATOR, "GET", "/api/cases", null, 200));
        cells.add(new Cell(OTHER_TEAM, "GET", "/api/cases", null, 200));
        cells.add(new Cell(REVIEWER, "GET", "/api/cases", null, 403));
        cells.add(new Cell(ADMIN, "GET", "/api/cases", null, 403));
        cells.add(new Cell(OTHER_TEAM, "POST", caseUrl + "/diary", "{\"text\":\"matrix: another team's note\"}", 404));
        cells.add(new Cell(REVIEWER, "POST", caseUrl + "/diary", "{\"text\":\"matrix: reviewer's note\"}", 403));
        cells.add(new Cell(ADMIN, "POST", caseUrl + "/diary", "{\"text\":\"matrix: admin's note\"}", 403));
        cells.add(new Cell(INVESTIGATOR, "GET", caseUrl + "/evidence/999999999/file", null, 404));
        cells.add(new Cell(OTHER_TEAM, "GET", caseUrl + "/evidence/999999999/file", null, 404));
        cells.add(new Cell(INVESTIGATOR, "GET", "/api/cases/INV-1999-999999", null, 404));
        cells.add(new Cell(INVESTIGATOR, "GET", caseUrl + "/audit", null, null));
        cells.add(new Cell(OTHER_TEAM, "GET", caseUrl + "/audit", null, 404));
        // requests, approvals, notices
        String requestUrl = "/api/requests/" + request;
        cells.add(new Cell(INVESTIGATOR, "GET", requestUrl, null, 200));
        cells.add(new Cell(OTHER_TEAM, "GET", requestUrl, null, 404));
        cells.add(new Cell(REVIEWER, "GET", requestUrl, null, null));
        cells.add(new Cell(ADMIN, "GET", requestUrl, null, null));
        for (String user : List.of(OTHER_TEAM, REVIEWER, ADMIN)) {
            cells.add(new Cell(user, "POST", requestUrl + "/approve", "{\"reason\":\"matrix\"}", null));
            cells.add(new Cell(user, "GET", requestUrl + "/notice", null, null));
        }
        cells.add(new Cell(OTHER_TEAM, "POST", requestUrl + "/approve", "{\"reason\":\"matrix\"}", 404));
        cells.add(new Cell(INVESTIGATOR, "GET", "/api/requests/approval-queue", null, null));
        cells.add(new Cell(SUPERVISOR, "GET", "/api/requests/approval-queue", null, 200));
        cells.add(new Cell(REVIEWER, "GET", "/api/requests/approval-queue", null, 403));
        cells.add(new Cell(ADMIN, "GET", "/api/requests/approval-queue", null, 403));
        // review, audit, staff: each for its own role only
        for (String user : List.of(INVESTIGATOR, SUPERVISOR, OTHER_TEAM)) {
            cells.add(new Cell(user, "GET", "/api/review/register", null, 403));
            cells.add(new Cell(user, "GET", "/api/review/grants", null, 403));
            cells.add(new Cell(user, "GET", "/api/audit/verify", null, 403));
            cells.add(new Cell(user, "GET", "/api/audit/events", null, 403));
            cells.add(new Cell(user, "GET", "/api/staff", null, 403));
            cells.add(new Cell(user, "GET", "/api/teams", null, 403));
        }
        cells.add(new Cell(ADMIN, "GET", "/api/review/register", null, 403));
        cells.add(new Cell(ADMIN, "GET", "/api/review/grants", null, 200));
        cells.add(new Cell(ADMIN, "GET", "/api/audit/verify", null, 200));
        cells.add(new Cell(ADMIN, "GET", "/api/staff", null, 200));
        cells.add(new Cell(REVIEWER, "GET", "/api/review/grants", null, 403));
        cells.add(new Cell(REVIEWER, "GET", "/api/audit/verify", null, null));
        cells.add(new Cell(REVIEWER, "GET", "/api/audit/events", null, 403));
        cells.add(new Cell(REVIEWER, "GET", "/api/staff", null, 403));
        cells.add(new Cell(REVIEWER, "POST", "/api/staff/investigator/unlock", "{\"reason\":\"matrix\"}", 403));

        List<String> failures = new ArrayList<>();
        for (Cell cell : cells) {
            long before = refusalsBy(cell.user());
            HttpResponse<String> answer = new Api(new WebClient(Deployments.loopback(deployment)), cell.user())
                    .call(cell.method(), cell.path(), cell.body());
            int status = answer.statusCode();
            long audited = refusalsBy(cell.user()) - before;
            boolean refusal = status == 403 || status == 404;
            String where = cell.user() + " " + cell.method() + " " + cell.path() + " -> " + status;
            if (cell.expected() != null && cell.expected() != status) {
                failures.add(where + ", expected " + cell.expected() + ": " + answer.body());
            }
            if (status >= 500 || status == 401) {
                failures.add(where + ": " + answer.body());
            }
            if (refusal && audited != 1) {
                failures.add(where + ": " + audited + " ACCESS_REFUSED events instead of exactly one");
            }
            if (!refusal && audited != 0) {
                failures.add(where + ": not a refusal, yet " + audited + " ACCESS_REFUSED events");
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private String draftedRequest(String caseReference) {
        HttpResponse<String> drafted = new Api(new WebClient(Deployments.loopback(deployment)), INVESTIGATOR)
                .call("POST", "/api/cases/" + caseReference + "/requests",
                        RequestContentJson.write(RequestDrafts.bankNotice(em, RequestDrafts.statements(
                                RequestDrafts.period(em, caseReference), "Statements for the matrix"))));
        assertEquals(201, drafted.statusCode(), drafted.body());
        Matcher m = REQUEST.matcher(drafted.body());
        assertTrue(m.find(), drafted.body());
        return m.group(1);
    }

    private long refusalsBy(String user) {
        return ((Number) em.createNativeQuery("select count(*) from audit_event where action = 'ACCESS_REFUSED' and actor = ?1")
                .setParameter(1, user).getSingleResult()).longValue();
    }
}
