package nz.integrity.it;

import nz.integrity.request.content.RequestContent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nz.integrity.request.RequestContentJson;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rule evaluations are records of decisions: one evaluation set is kept per checkpoint a request passes (submission,
 * approval, issue), and reading a request (REST GETs, the request page) computes its checklist without writing.
 * In the server so it can count the request's own rows.
 */
@ExtendWith(ArquillianExtension.class)
class RuleEvaluationRecordsIT {

    private static final Pattern REFERENCE = Pattern.compile("\"reference\":\"(REQ-\\d{4}-\\d{6})\"");

    @ArquillianResource
    URL deployment;

    @PersistenceContext
    EntityManager em;

    private Api as(String username) {
        return new Api(new WebClient(Deployments.loopback(deployment)), username);
    }

    private String draftCleanNotice() {
        String caseReference = RequestDrafts.investigatingCase(em);
        RequestContent content = RequestDrafts.bankNotice(em, RequestDrafts.statements(RequestDrafts.period(em, caseReference),
                "Statements for account 12-3456-7890123-00"));
        HttpResponse<String> created = as("investigator").call("POST", "/api/cases/" + caseReference + "/requests",
                RequestContentJson.write(content));
        assertEquals(201, created.statusCode(), created.body());
        Matcher m = REFERENCE.matcher(created.body());
        assertTrue(m.find(), created.body());
        return m.group(1);
    }

    /** Evaluation sets kept for the request: checkpoint -> how many sets (one set = one evaluation instant). */
    private Map<String, Long> evaluationSets(String reference) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select e.checkpoint, count(distinct e.evaluated_at) from rule_evaluation e "
                + "join information_request r on r.id = e.request_id where r.reference = ?1 group by e.checkpoint")
                .setParameter(1, reference).getResultList();
        Map<String, Long> sets = new TreeMap<>();
        rows.forEach(row -> sets.put((String) row[0], ((Number) row[1]).longValue()));
        return sets;
    }

    private long rows(String table, String reference) {
        return ((Number) em.createNativeQuery("select count(*) from " + table + " t join information_request r "
                + "on r.id = t.request_id where r.reference = ?1").setParameter(1, reference).getSingleResult()).longValue();
    }

    /** Reads the request the ways people and clients do: the REST resource, its checklist, and the request page. */
    private void readEveryWay(String reference, String username) {
        assertEquals(200, as(username).call("GET", "/api/requests/" + reference, null).statusCode());
        HttpResponse<String> checks = as(username).call("GET", "/api/requests/" + reference + "/checks", null);
        assertEquals(200, checks.statusCode(), checks.body());
        assertTrue(checks.body().contains("R01"), "the live checklist is still computed: " + checks.body());
        WebClient browser = new WebClient(Deployments.loopback(deployment));
        assertEquals(302, browser.logOn(username, username + "-demo-password").statusCode());
        HttpResponse<String> page = browser.get("/cases/request.xhtml?ref=" + reference);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(reference) && page.body().contains("checklist"), "the page shows the request and its checklist");
    }

    @Test
    void oneEvaluationSetIsKeptPerCheckpointAndReadingKeepsNone() {
        String reference = draftCleanNotice();
        readEveryWay(reference, "investigator");
        assertEquals(Map.of(), evaluationSets(reference), "drafting and reading a draft keep no evaluation");

        assertEquals(200, as("investigator").call("POST", "/api/requests/" + reference + "/submit", null).statusCode());
        assertEquals(Map.of("SUBMISSION", 1L), evaluationSets(reference), "submission keeps exactly one evaluation set");
        long rulesPerSet = rows("rule_evaluation", reference);
        assertTrue(rulesPerSet > 10, "a set holds every rule's result: " + rulesPerSet);

        readEveryWay(reference, "supervisor2");
        assertEquals(Map.of("SUBMISSION", 1L), evaluationSets(reference), "the approver reading it keeps nothing");

        HttpResponse<String> approved = as("supervisor2").call("POST", "/api/requests/" + reference + "/approve",
                "{\"reason\":\"Proportionate\",\"overrides\":{\"R07\":\"The specific facts recorded justify proceeding without asking first\","
                        + "\"R30\":\"The specific facts recorded justify proceeding without asking first\"},\"acknowledgements\":[\"R31\"]}");
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals(Map.of("APPROVAL", 1L, "SUBMISSION", 1L), evaluationSets(reference), "approval keeps exactly one set");
        assertEquals(1, rows("request_verdict", reference), "the verdict is written with the approval");
        assertTrue(rows("rule_override", reference) >= 1, "the override reasons are written with the approval");
        assertEquals(rows("rule_override", reference), ((Number) em.createNativeQuery("select count(*) from rule_override o "
                + "join information_request r on r.id = o.request_id where r.reference = ?1 and o.submission_number = 1 "
                + "and o.recorded_by = 'supervisor2'").setParameter(1, reference).getSingleResult()).longValue());

        HttpResponse<String> issued = as("investigator").call("POST", "/api/requests/" + reference + "/issue", null);
        assertEquals(200, issued.statusCode(), issued.body());
        assertEquals(Map.of("APPROVAL", 1L, "ISSUE", 1L, "SUBMISSION", 1L), evaluationSets(reference), "issue keeps exactly one set");

        readEveryWay(reference, "investigator");
        assertEquals(Map.of("APPROVAL", 1L, "ISSUE", 1L, "SUBMISSION", 1L), evaluationSets(reference),
                "an issued request shows the check kept at issue and keeps no new one");
    }
}
