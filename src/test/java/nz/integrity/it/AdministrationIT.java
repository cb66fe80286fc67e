package nz.integrity.it;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nz.integrity.demo.DemoData.DemoAccount;
import nz.integrity.platform.time.NewZealandTime;
import nz.integrity.staff.DelegatedAuthority;
import nz.integrity.staff.DelegationAdministration;
import nz.integrity.staff.TeamDirectory;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Administration (staff, teams, delegations, recipients) and the client registry through the REST API, with the
 * segregation-of-duties refusals and the audit of client reads checked inside the server.
 */
@ExtendWith(ArquillianExtension.class)
class AdministrationIT {

    private static final String ADMIN = DemoAccount.ADMIN.username();
    private static final String ADMIN_2 = DemoAccount.ADMIN_2.username();
    private static final String INVESTIGATOR = DemoAccount.INVESTIGATOR.username();
    private static final String REVIEWER = DemoAccount.REVIEWER.username();

    @ArquillianResource
    URL deployment;

    @PersistenceContext
    EntityManager em;

    @Inject
    DelegationAdministration delegations;

    @Inject
    TeamDirectory teams;

    @Inject
    Clock clock;

    private WebClient client() {
        return new WebClient(Deployments.loopback(deployment));
    }

    private static String password(String username) {
        return username + "-demo-password";
    }

    private HttpResponse<String> asAdmin(String method, String path, String json) {
        return client().api(method, path, ADMIN, password(ADMIN), json);
    }

    private HttpResponse<String> asInvestigator(String method, String path, String json) {
        return client().api(method, path, INVESTIGATOR, password(INVESTIGATOR), json);
    }

    /** Reruns against the same PostgreSQL database must not collide with earlier rows. */
    private static String unique() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
    }

    private String createSupervisor(String username) {
        HttpResponse<String> created = asAdmin("POST", "/api/staff", "{\"username\":\"" + username
                + "\",\"displayName\":\"Test Supervisor\",\"password\":\"a-long-initial-password\","
                + "\"roles\":[\"SUPERVISOR\"]}");
        assertEquals(201, created.statusCode(), created.body());
        return username;
    }

    @Test
    @RunAsClient
    void administratorCreatesAUserATeamAndADelegation() {
        String supervisor = createSupervisor("it.sup" + unique());
        String code = "IT-" + unique();

        HttpResponse<String> team = asAdmin("POST", "/api/teams", "{\"code\":\"" + code + "\",\"name\":\"Integration\"}");
        assertEquals(201, team.statusCode(), team.body());
        HttpResponse<String> lead = asAdmin("PUT", "/api/teams/" + code + "/supervisor",
                "{\"username\":\"" + supervisor + "\",\"reason\":\"Leads the integration team\"}");
        assertEquals(202, lead.statusCode(), "waits for a second administrator: " + lead.body());
        approve(ADMIN_2, lead);
        HttpResponse<String> member = asAdmin("POST", "/api/teams/" + code + "/members",
                "{\"username\":\"" + INVESTIGATOR + "\",\"reason\":\"Joins the integration team\"}");
        assertEquals(202, member.statusCode(), "waits for a second person: " + member.body());
        approve(ADMIN_2, member);
        HttpResponse<String> teamNow = asAdmin("GET", "/api/teams", null);
        Matcher created = Pattern.compile("\\{[^{}]*\"code\":\"" + code + "\"[^{}]*}").matcher(teamNow.body());
        assertTrue(created.find(), teamNow.body());
        assertTrue(created.group().contains("\"supervisor\":\"" + supervisor + "\"")
                && created.group().contains("\"members\":[\"" + INVESTIGATOR + "\"]"), created.group());

        HttpResponse<String> grant = asAdmin("POST", "/api/delegations", "{\"delegate\":\"" + supervisor
                + "\",\"authority\":\"APPROVE_INFORMATION_REQUEST\",\"instrument\":\"Delegation instrument 2026/7\","
                + "\"validFrom\":\"2026-01-01\",\"validTo\":\"2099-12-31\"}");
        assertEquals(201, grant.statusCode(), grant.body());
        assertTrue(grant.body().contains("\"grantedBy\":\"" + ADMIN + "\""), grant.body());

        HttpResponse<String> admin = asAdmin("PUT", "/api/teams/" + code + "/supervisor",
                "{\"username\":\"" + ADMIN + "\",\"reason\":\"Nobody else available\"}");
        assertEquals(409, admin.statusCode(), "only a supervisor can lead a team: " + admin.body());
        HttpResponse<String> removed = asAdmin("DELETE", "/api/teams/" + code + "/members/" + INVESTIGATOR, null);
        assertEquals(200, removed.statusCode(), removed.body());
        assertTrue(removed.body().contains("\"members\":[]"), removed.body());
    }

    @Test
    @RunAsClient
    void administratorCannotGiveThemselvesCaseRolesOrDelegations_SoD7() {
        HttpResponse<String> roles = asAdmin("PUT", "/api/staff/" + ADMIN + "/roles",
                "{\"roles\":[\"ADMIN\",\"SUPERVISOR\"],\"reason\":\"I want to approve requests\"}");
        assertEquals(403, roles.statusCode(), roles.body());
        assertTrue(roles.body().contains("SoD-7"), roles.body());

        HttpResponse<String> delegation = asAdmin("POST", "/api/delegations", "{\"delegate\":\"" + ADMIN
                + "\",\"authority\":\"OPEN_INVESTIGATION\",\"instrument\":\"Self\","
                + "\"validFrom\":\"2026-01-01\",\"validTo\":\"2099-12-31\"}");
        assertEquals(403, delegation.statusCode(), delegation.body());

        HttpResponse<String> me = asAdmin("GET", "/api/me", null);
        assertTrue(me.body().contains("\"roles\":[\"ADMIN\"]"), "roles unchanged: " + me.body());
    }

    @Test
    @RunAsClient
    void invalidStaffAndDelegationInputIsABadRequestNamingTheFields() {
        HttpResponse<String> staff = asAdmin("POST", "/api/staff",
                "{\"username\":\"x\",\"displayName\":\"\",\"password\":\"short\",\"roles\":[\"REVIEWER\",\"ADMIN\"]}");
        assertEquals(400, staff.statusCode(), staff.body());
        for (String field : List.of("displayName", "password", "roles")) {
            assertTrue(staff.body().contains("\"" + field + "\""), field + " in " + staff.body());
        }
        HttpResponse<String> delegation = asAdmin("POST", "/api/delegations", "{\"delegate\":\"supervisor\","
                + "\"authority\":\"APPROVE_EVERYTHING\",\"instrument\":\"X\",\"validFrom\":\"31/12/2026\"}");
        assertEquals(400, delegation.statusCode(), delegation.body());
        assertTrue(delegation.body().contains("\"authority\"") && delegation.body().contains("\"validFrom\""),
                delegation.body());
    }

    @Test
    @RunAsClient
    void investigatorIsRefusedEveryAdministrationEndpoint() {
        List<String[]> calls = List.of(
                new String[]{"GET", "/api/teams", null},
                new String[]{"POST", "/api/teams", "{\"code\":\"HACK\",\"name\":\"Hack\"}"},
                new String[]{"GET", "/api/delegations", null},
                new String[]{"POST", "/api/delegations", "{\"delegate\":\"supervisor\",\"authority\":\"OPEN_INVESTIGATION\","
                        + "\"instrument\":\"X\",\"validFrom\":\"2026-01-01\",\"validTo\":\"2099-01-01\"}"},
                new String[]{"POST", "/api/staff", "{\"username\":\"hacker\",\"displayName\":\"H\","
                        + "\"password\":\"a-long-initial-password\",\"roles\":[\"ADMIN\"]}"},
                new String[]{"PUT", "/api/staff/investigator/roles", "{\"roles\":[\"ADMIN\"],\"reason\":\"promote me\"}"},
                new String[]{"POST", "/api/recipients", "{\"name\":\"Bank\",\"type\":\"BANK\",\"deliveryChannel\":\"EMAIL\","
                        + "\"deliveryAddress\":\"a@b.example\"}"},
                new String[]{"GET", "/api/training", null});
        for (String[] call : calls) {
            HttpResponse<String> response = asInvestigator(call[0], call[1], call[2]);
            assertEquals(403, response.statusCode(), call[0] + " " + call[1] + ": " + response.body());
        }
    }

    @Test
    @RunAsClient
    void administratorsAndReviewersCannotReadOrSearchClients() {
        for (String user : List.of(ADMIN, REVIEWER)) {
            WebClient web = client();
            assertEquals(403, web.api("GET", "/api/clients/123456789", user, password(user), null).statusCode(), user);
            assertEquals(403, web.api("GET", "/api/clients?name=smith", user, password(user), null).statusCode(), user);
        }
    }

    @Test
    @RunAsClient
    void clientValidationErrorsAreBadRequestsNamingTheFields() {
        String tomorrow = LocalDate.now(NewZealandTime.ZONE).plusDays(2).toString();
        HttpResponse<String> response = asInvestigator("POST", "/api/clients", "{\"clientNumber\":\"12AB\","
                + "\"givenNames\":\"Aroha\",\"familyName\":\"Test\",\"dateOfBirth\":\"" + tomorrow + "\"}");
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"clientNumber\""), response.body());
        assertTrue(response.body().contains("\"dateOfBirth\""), response.body());

        HttpResponse<String> inferred = asInvestigator("POST", "/api/clients", "{\"clientNumber\":\"1" + unique()
                + "\",\"givenNames\":\"Aroha\",\"familyName\":\"Test\",\"dateOfBirth\":\"1990-05-01\","
                + "\"ethnicity\":\"Māori\"}");
        assertEquals(400, inferred.statusCode(), "ethnicity needs the client's own statement: " + inferred.body());
        assertTrue(inferred.body().contains("\"selfIdentified\""), inferred.body());
    }

    @Test
    @RunAsClient
    void recipientRegistryIsKeptByAdministratorsAndSearchedByCaseStaff() {
        String name = "IT Bank " + unique();
        HttpResponse<String> created = asAdmin("POST", "/api/recipients", "{\"name\":\"" + name
                + "\",\"type\":\"BANK\",\"deliveryChannel\":\"EMAIL\",\"deliveryAddress\":\"notices@bank.example\"}");
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.body().contains("\"channelVerified\":false"), created.body());
        String id = field(created.body(), "id");

        HttpResponse<String> verified = asAdmin("POST", "/api/recipients/" + id + "/verify", null);
        assertEquals(200, verified.statusCode(), verified.body());
        assertTrue(verified.body().contains("\"channelVerifiedBy\":\"" + ADMIN + "\""), verified.body());

        HttpResponse<String> found = asInvestigator("GET", "/api/recipients?type=BANK&name="
                + name.replace(" ", "%20"), null);
        assertEquals(200, found.statusCode(), found.body());
        assertTrue(found.body().contains(name), found.body());
        assertEquals(403, asInvestigator("POST", "/api/recipients/" + id + "/verify", null).statusCode());
        assertEquals(404, asAdmin("POST", "/api/recipients/999999999/verify", null).statusCode());
    }

    /** In the server: the delegation query other services use, and the team queries of case access. */
    @Test
    void aDelegationIsInForceOnlyWithinItsDatesAndUntilRevoked() {
        String supervisor = createSupervisor("it.dlg" + unique());
        LocalDate today = LocalDate.now(clock);
        HttpResponse<String> grant = asAdmin("POST", "/api/delegations", "{\"delegate\":\"" + supervisor
                + "\",\"authority\":\"DECIDE_OUTCOME\",\"instrument\":\"Instrument 2026/9\",\"validFrom\":\""
                + today.plusDays(10) + "\",\"validTo\":\"" + today.plusDays(20) + "\"}");
        assertEquals(201, grant.statusCode(), grant.body());

        assertEquals(Set.of(), delegations.authoritiesInForce(supervisor, today), "not yet in force");
        assertEquals(Set.of(DelegatedAuthority.DECIDE_OUTCOME), delegations.authoritiesInForce(supervisor, today.plusDays(15)));
        assertEquals(Set.of(), delegations.authoritiesInForce(supervisor, today.plusDays(21)), "ended");

        HttpResponse<String> revoked = asAdmin("POST", "/api/delegations/" + field(grant.body(), "id") + "/revoke",
                "{\"reason\":\"Instrument withdrawn\"}");
        assertEquals(200, revoked.statusCode(), revoked.body());
        assertEquals(Set.of(), delegations.authoritiesInForce(supervisor, today.plusDays(15)), "revoked");

        String code = "IT-" + unique();
        asAdmin("POST", "/api/teams", "{\"code\":\"" + code + "\",\"name\":\"Team queries\"}");
        approve(ADMIN_2, asAdmin("PUT", "/api/teams/" + code + "/supervisor",
                "{\"username\":\"" + supervisor + "\",\"reason\":\"Leads the query team\"}"));
        approve(ADMIN_2, asAdmin("POST", "/api/teams/" + code + "/members",
                "{\"username\":\"" + INVESTIGATOR + "\",\"reason\":\"Joins the query team\"}"));
        Long teamId = em.createQuery("select t.id from Team t where t.code = :c", Long.class)
                .setParameter("c", code).getSingleResult();
        assertTrue(teams.teamIdsOf(INVESTIGATOR).contains(teamId));
        assertEquals(Set.of(teamId), teams.supervisedTeamIdsOf(supervisor));
        assertTrue(teams.teamIdsOf(supervisor).isEmpty(), "supervising is not membership");
    }

    /** In the server: reads and searches of clients leave audit rows (query kept, results not). */
    @Test
    void clientReadsAndSearchesAreAudited() {
        String number = "2" + unique();
        String family = "Audit" + unique();
        HttpResponse<String> registered = asInvestigator("POST", "/api/clients", "{\"clientNumber\":\"" + number
                + "\",\"givenNames\":\"Mere\",\"familyName\":\"" + family + "\",\"dateOfBirth\":\"1985-02-03\","
                + "\"email\":\"mere@example.nz\",\"iwiAffiliation\":\"Ngāti Test\",\"selfIdentified\":true}");
        assertEquals(201, registered.statusCode(), registered.body());

        HttpResponse<String> read = asInvestigator("GET", "/api/clients/" + number + "?purpose=triage%20of%20referral", null);
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(read.body().contains("Ngāti Test"), read.body());
        HttpResponse<String> search = asInvestigator("GET", "/api/clients?name=" + family.toLowerCase(), null);
        assertEquals(200, search.statusCode(), search.body());
        assertTrue(search.body().contains(number) && !search.body().contains("mere@example.nz"), search.body());
        assertEquals(403, asAdmin("GET", "/api/clients/" + number, null).statusCode());

        @SuppressWarnings("unchecked")
        List<Object[]> views = em.createNativeQuery("select actor, reason, outcome from audit_event "
                        + "where action = 'PERSONAL_INFO_VIEWED' and object_type = 'CLIENT' and object_id = ?1")
                .setParameter(1, number).getResultList();
        assertEquals(1, views.size(), "one audited view");
        assertEquals(INVESTIGATOR, views.get(0)[0]);
        assertEquals("triage of referral", views.get(0)[1]);
        assertEquals("SUCCESS", views.get(0)[2]);

        @SuppressWarnings("unchecked")
        List<String> searches = em.createNativeQuery("select payload from audit_event "
                        + "where action = 'CLIENT_SEARCHED' and actor = ?1 and payload like ?2")
                .setParameter(1, INVESTIGATOR).setParameter(2, "%" + family.toLowerCase() + "%").getResultList();
        assertEquals(1, searches.size());
        assertTrue(!searches.get(0).contains(number), "results are not stored: " + searches.get(0));

        Number refused = (Number) em.createNativeQuery("select count(*) from audit_event where action = 'ACCESS_REFUSED' "
                        + "and actor = ?1 and object_type = 'CLIENT' and object_id = ?2")
                .setParameter(1, ADMIN).setParameter(2, number).getSingleResult();
        assertEquals(1, refused.intValue(), "the administrator's attempt is recorded");
    }

    /** The second person of dual control approves the pending change in the response (SoD-7). */
    private void approve(String approver, HttpResponse<String> pending) {
        assertEquals(202, pending.statusCode(), pending.body());
        HttpResponse<String> approved = client().api("POST", "/api/changes/" + field(pending.body(), "id") + "/approve",
                approver, password(approver), "{}");
        assertEquals(200, approved.statusCode(), approved.body());
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"?([^,\"}]+)").matcher(json);
        assertTrue(matcher.find(), name + " in " + json);
        return matcher.group(1);
    }
}
