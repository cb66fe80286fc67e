package nz.integrity.it;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nz.integrity.platform.time.NewZealandTime;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cases over REST: lifecycle, supervisor decisions, need-to-know access, validation, paging and audit. */
@ExtendWith(ArquillianExtension.class)
class CaseIT {

    private static final Pattern REFERENCE = Pattern.compile("\"reference\":\"(INV-\\d{4}-\\d{6})\"");
    private static final Pattern NEXT = Pattern.compile("\"next\":\"([^\"]+)\"");

    @ArquillianResource
    URL deployment;

    @PersistenceContext
    EntityManager em;

    private Api as(String username) {
        return new Api(new WebClient(Deployments.loopback(deployment)), username);
    }

    static String newReferral(Api api, String team) {
        HttpResponse<String> created = api.call("POST", "/api/cases", """
                {"team":"%s","referralSource":"PUBLIC_ALLEGATION","allegationType":"UNDECLARED_INCOME",
                 "allegationSummary":"Neighbour reports the client works nights at a warehouse",
                 "periodFrom":"2025-01-01","periodTo":"2025-12-31"}""".formatted(team));
        assertEquals(201, created.statusCode(), created.body());
        Matcher m = REFERENCE.matcher(created.body());
        assertTrue(m.find(), created.body());
        return m.group(1);
    }

    static HttpResponse<String> move(Api api, String reference, String target, String reason) {
        return api.call("POST", "/api/cases/" + reference + "/transitions",
                "{\"target\":\"" + target + "\",\"reason\":\"" + reason + "\"}");
    }

    @Test
    @RunAsClient
    void investigatorRecordsAReferralAndOnlyTheTeamSupervisorOpensTheInvestigation() {
        Api ivy = as("investigator");
        String reference = newReferral(ivy, "NORTH");
        assertTrue(ivy.call("GET", "/api/cases/" + reference, null).body().contains("\"status\":\"REFERRAL\""));

        assertEquals(200, move(ivy, reference, "TRIAGE", "Allegation is specific").statusCode());
        assertEquals(200, move(ivy, reference, "INVESTIGATION_PROPOSED", "Income records disagree").statusCode());

        HttpResponse<String> selfApproval = move(ivy, reference, "INVESTIGATING", "I approve my own proposal");
        assertEquals(403, selfApproval.statusCode(), selfApproval.body());

        HttpResponse<String> otherTeamSupervisor = move(as("supervisor2"), reference, "INVESTIGATING", "Looks fine to me");
        assertEquals(404, otherTeamSupervisor.statusCode(), "a supervisor of another team cannot even see the case");

        HttpResponse<String> approved = move(as("supervisor"), reference, "INVESTIGATING", "Grounds are specific and proportionate");
        assertEquals(200, approved.statusCode(), approved.body());
        assertTrue(approved.body().contains("\"decidedRole\":\"SUPERVISOR\""), approved.body());

        HttpResponse<String> decisions = ivy.call("GET", "/api/cases/" + reference + "/decisions", null);
        assertTrue(decisions.body().contains("Grounds are specific and proportionate"), decisions.body());
    }

    @Test
    @RunAsClient
    void illegalTransitionsAreConflictsWithAPlainMessage() {
        Api ivy = as("investigator");
        String reference = newReferral(ivy, "NORTH");
        HttpResponse<String> response = move(ivy, reference, "CLOSED", "Trying to skip everything");
        assertEquals(409, response.statusCode(), response.body());
        assertTrue(response.body().contains("cannot move to closed"), response.body());
        HttpResponse<String> noReason = move(ivy, reference, "TRIAGE", "");
        assertEquals(400, noReason.statusCode());
        assertTrue(noReason.body().contains("\"reason\""), noReason.body());
    }

    @Test
    @RunAsClient
    void anotherTeamsInvestigatorCannotReadListOrChangeTheCase() {
        String reference = newReferral(as("investigator"), "NORTH");
        Api ira = as("investigator2");
        assertEquals(404, ira.call("GET", "/api/cases/" + reference, null).statusCode());
        assertEquals(404, move(ira, reference, "TRIAGE", "Taking this over").statusCode());
        assertEquals(404, ira.call("POST", "/api/cases/" + reference + "/diary", "{\"text\":\"sneaky note\"}").statusCode());
        assertEquals(404, ira.call("GET", "/api/cases/" + reference + "/subjects", null).statusCode());
        HttpResponse<String> byReference = ira.call("GET", "/api/cases?reference=" + reference, null);
        assertEquals(200, byReference.statusCode());
        assertFalse(byReference.body().contains(reference), "not listed for another team");
        assertEquals(404, ira.call("GET", "/api/cases/INV-2026-999999", null).statusCode(),
                "an unknown case answers exactly like a hidden one");
    }

    @Test
    @RunAsClient
    void reviewersAndAdministratorsSeeNoCaseContent() {
        assertEquals(403, as("reviewer").call("GET", "/api/cases", null).statusCode());
        assertEquals(403, as("admin").call("GET", "/api/cases", null).statusCode());
        assertEquals(403, as("admin").call("POST", "/api/cases", "{\"team\":\"NORTH\"}").statusCode());
    }

    @Test
    @RunAsClient
    void referralValidationNamesEveryBadField() {
        HttpResponse<String> response = as("investigator").call("POST", "/api/cases", """
                {"team":"NORTH","referralSource":"DATA_MATCH","allegationSummary":"short",
                 "periodFrom":"2025-01-01","periodTo":"2025-12-31"}""");
        assertEquals(400, response.statusCode(), response.body());
        for (String field : List.of("dataMatchChannel", "allegationType", "allegationSummary")) {
            assertTrue(response.body().contains("\"" + field + "\""), field + " in " + response.body());
        }
        HttpResponse<String> reversed = as("investigator").call("POST", "/api/cases", """
                {"team":"NORTH","referralSource":"PUBLIC_ALLEGATION","allegationType":"OTHER",
                 "allegationSummary":"A long enough summary","periodFrom":"2025-12-31","periodTo":"2025-01-01"}""");
        assertEquals(400, reversed.statusCode(), reversed.body());
        HttpResponse<String> otherTeam = as("investigator").call("POST", "/api/cases", """
                {"team":"SOUTH","referralSource":"PUBLIC_ALLEGATION","allegationType":"OTHER",
                 "allegationSummary":"A long enough summary","periodFrom":"2025-01-01","periodTo":"2025-03-01"}""");
        assertEquals(400, otherTeam.statusCode(), "cases are recorded for one's own team");
        assertEquals(400, as("investigator").call("GET", "/api/cases?status=NOT_A_STATUS", null).statusCode());
    }

    @Test
    @RunAsClient
    void theListPagesByKeysetWithoutOverlap() {
        Api ira = as("investigator2");
        for (int i = 0; i < 3; i++) {
            newReferral(ira, "SOUTH");
        }
        HttpResponse<String> first = ira.call("GET", "/api/cases?size=2&team=SOUTH", null);
        Matcher next = NEXT.matcher(first.body());
        assertTrue(next.find(), first.body());
        HttpResponse<String> second = ira.call("GET", "/api/cases?size=2&team=SOUTH&after=" + next.group(1), null);
        assertEquals(200, second.statusCode(), second.body());
        List<String> firstRefs = references(first.body());
        List<String> secondRefs = references(second.body());
        assertEquals(2, firstRefs.size());
        assertFalse(secondRefs.isEmpty());
        assertTrue(secondRefs.stream().noneMatch(firstRefs::contains), firstRefs + " / " + secondRefs);
        assertTrue(firstRefs.get(0).compareTo(firstRefs.get(1)) > 0, "newest first");
    }

    @Test
    @RunAsClient
    void everySortPagesByKeysetWithoutOverlapOrGaps() {
        Api ira = as("investigator2");
        for (int i = 0; i < 3; i++) {
            newReferral(ira, "SOUTH");
        }
        for (String sort : List.of("NEWEST", "OLDEST", "REFERENCE", "RECEIVED_LATEST", "STATUS")) {
            List<String> all = references(ira.call("GET", "/api/cases?size=100&team=SOUTH&sort=" + sort, null).body());
            List<String> paged = new java.util.ArrayList<>();
            String query = "/api/cases?size=2&team=SOUTH&sort=" + sort;
            String after = "";
            for (int guard = 0; guard < 100; guard++) {
                HttpResponse<String> page = ira.call("GET", query + after, null);
                assertEquals(200, page.statusCode(), page.body());
                paged.addAll(references(page.body()));
                Matcher next = NEXT.matcher(page.body());
                if (!next.find()) {
                    break;
                }
                after = "&after=" + next.group(1);
            }
            assertTrue(all.size() >= 3, sort + ": " + all);
            assertEquals(all, paged, sort);
        }
    }

    @Test
    @RunAsClient
    void aTeamFilterOutsideOnesOwnTeamsShowsOnlyOnesOwnAssignments() {
        newReferral(as("investigator2"), "SOUTH");
        Api ivan = as("investigator");
        assertEquals(List.of(), references(ivan.call("GET", "/api/cases?team=SOUTH", null).body()));
        assertEquals(List.of(), references(ivan.call("GET", "/api/cases?team=NO-SUCH-TEAM", null).body()));
        assertEquals(List.of(), references(ivan.call("GET", "/api/cases?team=SOUTH&mine=true", null).body()));
        assertEquals(List.of(), references(ivan.call("GET", "/api/cases?assignee=investigator2", null).body()));
        assertEquals(List.of(), references(ivan.call("GET", "/api/cases?assignee=nobody", null).body()));
        String mine = ivan.call("GET", "/api/cases?assignee=investigator&size=100", null).body();
        assertFalse(references(mine).isEmpty(), mine);
        assertFalse(mine.contains("\"teamCode\":\"SOUTH\""), mine);
        String supervised = as("supervisor").call("GET", "/api/cases?assignee=investigator&size=100", null).body();
        assertEquals(references(mine), references(supervised));
    }

    @Test
    @RunAsClient
    void concurrentDecisionsOnOneCaseHaveExactlyOneOutcome() throws Exception {
        Api ivy = as("investigator");
        String reference = newReferral(ivy, "NORTH");
        move(ivy, reference, "TRIAGE", "Allegation is specific");
        move(ivy, reference, "INVESTIGATION_PROPOSED", "Income records disagree");
        CompletableFuture<HttpResponse<String>> approve = CompletableFuture.supplyAsync(
                () -> move(as("supervisor"), reference, "INVESTIGATING", "Approved: proportionate"));
        CompletableFuture<HttpResponse<String>> decline = CompletableFuture.supplyAsync(
                () -> move(as("supervisor"), reference, "CLOSED_NO_FURTHER_ACTION", "Declined: not enough"));
        List<Integer> statuses = List.of(approve.get().statusCode(), decline.get().statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
    }

    /** In the server: every decision has exactly one audit event, and refused access is audited too. */
    @Test
    void everyTransitionIsAuditedOnceAndRefusedAccessIsRecorded() {
        Api ivy = as("investigator");
        String reference = newReferral(ivy, "NORTH");
        move(ivy, reference, "TRIAGE", "Allegation is specific");
        move(ivy, reference, "INVESTIGATION_PROPOSED", "Income records disagree");
        move(as("supervisor"), reference, "INVESTIGATING", "Proportionate to investigate");
        as("investigator2").call("GET", "/api/cases/" + reference, null);

        long decisions = ((Number) em.createNativeQuery("select count(*) from case_decision d join investigation_case c "
                + "on c.id = d.case_id where c.reference = ?1").setParameter(1, reference).getSingleResult()).longValue();
        long transitionEvents = ((Number) em.createNativeQuery("select count(*) from audit_event where object_type = 'CASE' "
                + "and object_id = ?1 and action in ('CASE_START_TRIAGE', 'CASE_PROPOSE_INVESTIGATION', 'CASE_APPROVE_INVESTIGATION')")
                .setParameter(1, reference).getSingleResult()).longValue();
        assertEquals(3, decisions);
        assertEquals(decisions, transitionEvents);
        long refused = ((Number) em.createNativeQuery("select count(*) from audit_event where object_id = ?1 "
                + "and action = 'ACCESS_REFUSED' and actor = 'investigator2'").setParameter(1, reference)
                .getSingleResult()).longValue();
        assertEquals(1, refused);
    }

    @Test
    @RunAsClient
    void theTeamSupervisorSeesTheCaseAuditTimelineAndNobodyElseDoes() {
        Api ivy = as("investigator");
        String reference = newReferral(ivy, "NORTH");
        move(ivy, reference, "TRIAGE", "Allegation is specific");
        HttpResponse<String> timeline = as("supervisor").call("GET", "/api/cases/" + reference + "/audit", null);
        assertEquals(200, timeline.statusCode(), timeline.body());
        assertTrue(timeline.body().contains("\"action\":\"CASE_REGISTERED\"") && timeline.body().contains("CASE_START_TRIAGE"),
                timeline.body());
        assertTrue(timeline.body().contains("Allegation is specific"), "reasons are part of the timeline");
        assertEquals(403, ivy.call("GET", "/api/cases/" + reference + "/audit", null).statusCode(), "not for investigators");
        assertEquals(404, as("supervisor2").call("GET", "/api/cases/" + reference + "/audit", null).statusCode(),
                "not for another team's supervisor");
    }

    @Test
    @RunAsClient
    void diaryIsAppendOnlyWithCorrectionsAsNewEntries() {
        Api ivy = as("investigator");
        String reference = newReferral(ivy, "NORTH");
        assertEquals(201, ivy.call("POST", "/api/cases/" + reference + "/diary", "{\"text\":\"Called the employer\"}").statusCode());
        HttpResponse<String> correction = ivy.call("POST", "/api/cases/" + reference + "/diary",
                "{\"text\":\"Correction: called the landlord, not the employer\",\"corrects\":1}");
        assertEquals(201, correction.statusCode(), correction.body());
        assertTrue(correction.body().contains("\"corrects\":1") && correction.body().contains("\"entryNumber\":2"));
        String diary = ivy.call("GET", "/api/cases/" + reference + "/diary", null).body();
        assertTrue(diary.contains("Called the employer"), "the original stays");
        assertEquals(400, ivy.call("POST", "/api/cases/" + reference + "/diary",
                "{\"text\":\"wrong\",\"corrects\":99}").statusCode());
    }

    @Test
    @RunAsClient
    void subjectsComeFromTheClientRegistry() {
        Api ivy = as("investigator");
        String reference = newReferral(ivy, "NORTH");
        assertEquals(201, ivy.call("POST", "/api/cases/" + reference + "/subjects",
                "{\"clientNumber\":\"100000003\",\"role\":\"CLIENT\"}").statusCode());
        assertEquals(400, ivy.call("POST", "/api/cases/" + reference + "/subjects",
                "{\"clientNumber\":\"100000003\",\"role\":\"PARTNER\"}").statusCode(), "once per case");
        assertEquals(400, ivy.call("POST", "/api/cases/" + reference + "/subjects",
                "{\"clientNumber\":\"12ab\",\"role\":\"CLIENT\"}").statusCode());
        assertTrue(ivy.call("GET", "/api/cases/" + reference + "/subjects", null).body().contains("Mere Thompson"));
    }

    @Test
    @RunAsClient
    void evidenceKeepsProvenanceAndTheFileHashAndDownloadsAreExact() throws Exception {
        Api ivy = as("investigator");
        String reference = newReferral(ivy, "NORTH");
        byte[] file = "bank statement, March".getBytes(StandardCharsets.UTF_8);
        String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(file));
        HttpResponse<String> added = ivy.call("POST", "/api/cases/" + reference + "/evidence", """
                {"description":"March statement","source":"Kiwi Community Bank","legalChannel":"Schedule 6 clause 2 notice",
                 "purpose":"Test the undeclared income allegation","collectedOn":"%s",
                 "fileName":"statement.txt","mediaType":"text/plain","content":"%s"}"""
                .formatted(LocalDate.now(NewZealandTime.ZONE).minusDays(1), java.util.Base64.getEncoder().encodeToString(file)));
        assertEquals(201, added.statusCode(), added.body());
        assertTrue(added.body().contains(sha256), added.body());
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(added.body());
        assertTrue(id.find());
        HttpResponse<String> download = ivy.call("GET", "/api/cases/" + reference + "/evidence/" + id.group(1) + "/file", null);
        assertEquals(200, download.statusCode());
        assertEquals("bank statement, March", download.body());
        assertEquals(404, as("investigator2").call("GET", "/api/cases/" + reference + "/evidence/" + id.group(1) + "/file", null)
                .statusCode());

        HttpResponse<String> missingProvenance = ivy.call("POST", "/api/cases/" + reference + "/evidence",
                "{\"description\":\"x\"}");
        assertEquals(400, missingProvenance.statusCode());
        for (String field : List.of("source", "legalChannel", "purpose", "collectedOn")) {
            assertTrue(missingProvenance.body().contains("\"" + field + "\""), field + " in " + missingProvenance.body());
        }
    }

    private static List<String> references(String body) {
        Matcher m = REFERENCE.matcher(body);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
