package nz.integrity.it;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import nz.integrity.demo.DemoData.DemoAccount;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9 item 1 (SoD-7): an administrator alone cannot open case content. Team membership, supervisor
 * appointments, role grants and password resets wait for a second person; reset and initial passwords are
 * temporary; the database refuses a decision by the requester.
 */
@ExtendWith(ArquillianExtension.class)
class DualControlIT {

    private static final String ADMIN = DemoAccount.ADMIN.username();
    private static final String ADMIN_2 = DemoAccount.ADMIN_2.username();
    private static final String NORTH_SUPERVISOR = DemoAccount.SUPERVISOR.username();
    private static final String SOUTH_SUPERVISOR = DemoAccount.SUPERVISOR_SOUTH.username();
    private static final String INITIAL = "violet kayak lemonade tundra";
    private static final String OWN = "harbour quilt saffron meadow";

    @ArquillianResource
    URL deployment;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;


    private WebClient web() {
        return new WebClient(Deployments.loopback(deployment));
    }

    private HttpResponse<String> as(String user, String method, String path, String json) {
        return new Api(web(), user).call(method, path, json);
    }

    private HttpResponse<String> with(String user, String password, String method, String path, String json) {
        return web().api(method, path, user, password, json);
    }

    private static String unique() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
    }

    /** A new investigator account created by the administrator, with its temporary password replaced. */
    private String newInvestigator() {
        String username = "it.dual" + unique();
        HttpResponse<String> created = as(ADMIN, "POST", "/api/staff", "{\"username\":\"" + username
                + "\",\"displayName\":\"Dual Control\",\"password\":\"" + INITIAL + "\",\"roles\":[\"INVESTIGATOR\"]}");
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> changed = with(username, INITIAL, "POST", "/api/me/password",
                "{\"currentPassword\":\"" + INITIAL + "\",\"newPassword\":\"" + OWN + "\"}");
        assertEquals(204, changed.statusCode(), changed.body());
        return username;
    }

    private String northCase() {
        HttpResponse<String> created = as(DemoAccount.INVESTIGATOR.username(), "POST", "/api/cases", """
                {"team":"NORTH","referralSource":"PUBLIC_ALLEGATION","allegationType":"UNDECLARED_INCOME",
                 "allegationSummary":"Neighbour reports the client works nights at a warehouse",
                 "periodFrom":"2025-01-01","periodTo":"2025-12-31"}""");
        assertEquals(201, created.statusCode(), created.body());
        return field(created.body(), "reference");
    }

    @Test
    @RunAsClient
    void anAdministratorAloneCannotPutAnAccountOnACaseTeam_theTeamsSupervisorAcceptsIt() {
        String reference = northCase();
        String newcomer = newInvestigator();

        HttpResponse<String> asked = as(ADMIN, "POST", "/api/teams/NORTH/members",
                "{\"username\":\"" + newcomer + "\",\"reason\":\"New starter in the northern team\"}");
        assertEquals(202, asked.statusCode(), asked.body());
        assertTrue(asked.body().contains("\"status\":\"PENDING\"") && asked.body().contains("\"requestedBy\":\"admin\""),
                asked.body());
        String id = field(asked.body(), "id");
        assertEquals(404, with(newcomer, OWN, "GET", "/api/cases/" + reference, null).statusCode(),
                "not a member while the change is pending");

        HttpResponse<String> selfApproval = as(ADMIN, "POST", "/api/changes/" + id + "/approve", "{}");
        assertEquals(403, selfApproval.statusCode(), "never the requester: " + selfApproval.body());
        assertTrue(selfApproval.body().contains("second person"), selfApproval.body());
        assertEquals(404, as(SOUTH_SUPERVISOR, "POST", "/api/changes/" + id + "/approve", "{}").statusCode(),
                "another team's supervisor cannot see it");
        assertTrue(!as(SOUTH_SUPERVISOR, "GET", "/api/changes", null).body().contains(newcomer));
        assertEquals(404, with(newcomer, OWN, "GET", "/api/cases/" + reference, null).statusCode());

        assertTrue(as(NORTH_SUPERVISOR, "GET", "/api/changes", null).body().contains(newcomer), "in the supervisor's list");
        HttpResponse<String> accepted = as(NORTH_SUPERVISOR, "POST", "/api/changes/" + id + "/approve",
                "{\"reason\":\"Confirmed with the new starter's manager\"}");
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertTrue(accepted.body().contains("\"status\":\"APPROVED\"") && accepted.body().contains("\"decidedBy\":\"supervisor\""),
                accepted.body());
        assertEquals(200, with(newcomer, OWN, "GET", "/api/cases/" + reference, null).statusCode(), "a member now");
        assertEquals(409, as(ADMIN_2, "POST", "/api/changes/" + id + "/approve", "{}").statusCode(), "decided once");
    }

    @Test
    @RunAsClient
    void aPasswordResetNeedsASecondAdministratorAndMustBeChangedAtTheNextSignIn() {
        String user = newInvestigator();
        String temporary = "copper lantern orchard velvet";
        HttpResponse<String> asked = as(ADMIN, "POST", "/api/staff/" + user + "/password",
                "{\"password\":\"" + temporary + "\",\"reason\":\"Forgotten password, service desk ticket 4711\"}");
        assertEquals(202, asked.statusCode(), asked.body());
        assertTrue(!asked.body().contains(temporary) && !asked.body().contains("PBKDF2"), "no password in the answer");
        assertEquals(401, with(user, temporary, "GET", "/api/me", null).statusCode(), "not before approval");
        assertEquals(200, with(user, OWN, "GET", "/api/me", null).statusCode(), "the old one still works");

        HttpResponse<String> approved = as(ADMIN_2, "POST", "/api/changes/" + field(asked.body(), "id") + "/approve",
                "{\"reason\":\"Identity confirmed by phone\"}");
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals(401, with(user, OWN, "GET", "/api/me", null).statusCode(), "the old password stopped working");

        HttpResponse<String> gated = with(user, temporary, "GET", "/api/me", null);
        assertEquals(403, gated.statusCode(), gated.body());
        assertTrue(gated.body().contains("\"error\":\"password_change_required\""), gated.body());
        assertTrue(gated.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));

        HttpResponse<String> weak = with(user, temporary, "POST", "/api/me/password",
                "{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"" + user + "-2026-password\"}");
        assertEquals(400, weak.statusCode(), weak.body());
        assertTrue(weak.body().contains("\"newPassword\"") && weak.body().contains("username"), weak.body());
        String mine = "tidal pumice juniper anchor";
        assertEquals(204, with(user, temporary, "POST", "/api/me/password",
                "{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"" + mine + "\"}").statusCode());
        HttpResponse<String> me = with(user, mine, "GET", "/api/me", null);
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("\"roles\":[\"INVESTIGATOR\"]"), me.body());
    }

    @Test
    @RunAsClient
    void aTemporaryPasswordSendsPagesToTheChangePasswordPage() {
        String username = "it.page" + unique();
        assertEquals(201, as(ADMIN, "POST", "/api/staff", "{\"username\":\"" + username
                + "\",\"displayName\":\"Page Check\",\"password\":\"" + INITIAL + "\",\"roles\":[\"INVESTIGATOR\"]}")
                .statusCode());
        WebClient browser = web();
        assertEquals(302, browser.logOn(username, INITIAL).statusCode());
        HttpResponse<String> home = browser.get("/index.xhtml");
        assertEquals(302, home.statusCode());
        assertTrue(home.headers().firstValue("Location").orElseThrow().endsWith("/account/password.xhtml"));
        HttpResponse<String> page = browser.get("/account/password.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Change your password"), page.body());
    }

    @Test
    @RunAsClient
    void addingRolesWaitsForASecondAdministratorWhoMayReject() {
        String user = newInvestigator();
        HttpResponse<String> asked = as(ADMIN, "PUT", "/api/staff/" + user + "/roles",
                "{\"roles\":[\"INVESTIGATOR\",\"SUPERVISOR\"],\"reason\":\"Acting supervisor in December\"}");
        assertEquals(202, asked.statusCode(), asked.body());
        assertTrue(with(user, OWN, "GET", "/api/me", null).body().contains("\"roles\":[\"INVESTIGATOR\"]"), "unchanged");

        String id = field(asked.body(), "id");
        assertEquals(400, as(ADMIN_2, "POST", "/api/changes/" + id + "/reject", "{}").statusCode(), "a reason is needed");
        HttpResponse<String> rejected = as(ADMIN_2, "POST", "/api/changes/" + id + "/reject",
                "{\"reason\":\"No acting arrangement on record\"}");
        assertEquals(200, rejected.statusCode(), rejected.body());
        assertTrue(rejected.body().contains("\"status\":\"REJECTED\""), rejected.body());
        assertTrue(with(user, OWN, "GET", "/api/me", null).body().contains("\"roles\":[\"INVESTIGATOR\"]"), "still unchanged");
        assertTrue(!as(ADMIN_2, "GET", "/api/changes", null).body().contains("\"id\":" + id + ","), "no longer pending");
        assertEquals(404, as(NORTH_SUPERVISOR, "POST", "/api/changes/" + id + "/approve", "{}").statusCode(),
                "a supervisor decides only new members of their own team");
    }

    @Test
    @RunAsClient
    void weakInitialPasswordsAreRefusedNamingTheField() {
        for (String password : List.of("aaaaaaaaaaaa", "password1234", "it.weak-name-password")) {
            HttpResponse<String> created = as(ADMIN, "POST", "/api/staff", "{\"username\":\"it.weak\","
                    + "\"displayName\":\"Weak\",\"password\":\"" + password + "\",\"roles\":[\"INVESTIGATOR\"]}");
            assertEquals(400, created.statusCode(), password + ": " + created.body());
            assertTrue(created.body().contains("\"password\""), created.body());
        }
    }

    /** In the server: both steps are audited, and the database itself refuses a decision by the requester. */
    @Test
    void bothStepsAreAuditedAndTheDatabaseRefusesSelfApproval() throws Exception {
        String user = newInvestigator();
        HttpResponse<String> asked = as(ADMIN, "POST", "/api/teams/SOUTH/members",
                "{\"username\":\"" + user + "\",\"reason\":\"Covers the southern team\"}");
        String id = field(asked.body(), "id");
        assertEquals(200, as(ADMIN_2, "POST", "/api/changes/" + id + "/approve", "{}").statusCode());

        @SuppressWarnings("unchecked")
        List<Object[]> events = em.createNativeQuery("select action, actor from audit_event where object_type = "
                + "'PENDING_CHANGE' and object_id = ?1 order by id").setParameter(1, id).getResultList();
        assertEquals(2, events.size(), "asked and approved");
        assertEquals("CHANGE_REQUESTED", events.get(0)[0]);
        assertEquals(ADMIN, events.get(0)[1]);
        assertEquals("CHANGE_APPROVED", events.get(1)[0]);
        assertEquals(ADMIN_2, events.get(1)[1]);
        Number added = (Number) em.createNativeQuery("select count(*) from audit_event where action = 'TEAM_MEMBER_ADDED' "
                + "and object_id = 'SOUTH' and payload like ?1").setParameter(1, "%" + user + "%").getSingleResult();
        assertEquals(1, added.intValue());

        transaction.begin();
        try {
            assertThrows(RuntimeException.class, () -> {
                em.createNativeQuery("insert into pending_change (kind, target_username, reason, status, requested_by, "
                        + "requested_at, decided_by, decided_at, roles) values ('GRANT_ROLES', 'ivy', 'x', 'APPROVED', "
                        + "'admin', current_timestamp, 'admin', current_timestamp, 'ADMIN')").executeUpdate();
                em.flush();
            });
        } finally {
            transaction.rollback();
        }
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"?([^,\"}]+)").matcher(json);
        assertTrue(matcher.find(), name + " in " + json);
        return matcher.group(1);
    }
}
