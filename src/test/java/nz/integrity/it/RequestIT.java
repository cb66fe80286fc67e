package nz.integrity.it;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nz.integrity.investigation.SubjectRole;
import nz.integrity.platform.time.NewZealandTime;
import nz.integrity.request.content.ClientFirstBasis;
import nz.integrity.request.content.DateRange;
import nz.integrity.request.content.InformationCategory;
import nz.integrity.request.content.Justification;
import nz.integrity.request.content.PrejudiceGround;
import nz.integrity.request.content.PurposeCode;
import nz.integrity.request.content.Recipient;
import nz.integrity.request.content.RequestContent;
import nz.integrity.request.RequestContentJson;
import nz.integrity.request.content.RequestItem;
import nz.integrity.request.content.RequestType;
import nz.integrity.request.content.Subject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 2019 failure modes through the real services and REST API, each shown blocked or escalated; four eyes
 * bound to content. Runs in the server so it can look up the demo case and registry ids.
 */
@ExtendWith(ArquillianExtension.class)
class RequestIT {

    private static final Pattern REFERENCE = Pattern.compile("\"reference\":\"(REQ-\\d{4}-\\d{6})\"");

    @ArquillianResource
    URL deployment;

    @PersistenceContext
    EntityManager em;

    @jakarta.annotation.Resource
    jakarta.transaction.UserTransaction transaction;

    @jakarta.inject.Inject
    nz.integrity.request.ApprovalExpiry expiry;

    private Api as(String username) {
        return new Api(new WebClient(Deployments.loopback(deployment)), username);
    }

    private String investigatingCase() {
        return RequestDrafts.investigatingCase(em);
    }

    private DateRange period(String caseReference) {
        return RequestDrafts.period(em, caseReference);
    }

    private Recipient registered(String name) {
        return RequestDrafts.registered(em, name);
    }

    private static ClientFirstBasis exception() {
        return RequestDrafts.exception();
    }

    private static Justification justification() {
        return RequestDrafts.justification();
    }

    private RequestContent bankNotice(String caseReference, RequestItem item) {
        return RequestDrafts.bankNotice(em, item);
    }

    private RequestItem statements(DateRange range, String description) {
        return RequestDrafts.statements(range, description);
    }

    private String draft(RequestContent content) {
        return draft(investigatingCase(), content);
    }

    private String draft(String caseReference, RequestContent content) {
        HttpResponse<String> created = as("investigator").call("POST", "/api/cases/" + caseReference + "/requests",
                RequestContentJson.write(content));
        assertEquals(201, created.statusCode(), created.body());
        Matcher m = REFERENCE.matcher(created.body());
        assertTrue(m.find());
        return m.group(1);
    }

    private String cleanNotice() {
        String caseReference = investigatingCase();
        return draft(bankNotice(caseReference, statements(period(caseReference), "Statements for account 12-3456-7890123-00")));
    }

    private static String approval(String reason, String... overriddenRules) {
        StringBuilder overrides = new StringBuilder();
        for (String rule : overriddenRules) {
            overrides.append(overrides.length() == 0 ? "" : ",").append("\"").append(rule)
                    .append("\":\"The specific facts recorded justify proceeding without asking first\"");
        }
        return "{\"reason\":\"" + reason + "\",\"overrides\":{" + overrides + "},\"acknowledgements\":[\"R31\"]}";
    }

    @Test
    void aJustifiedNoticeIsApprovedByAnIndependentSupervisorAndBoundToItsContent() {
        String reference = cleanNotice();
        HttpResponse<String> submitted = as("investigator").call("POST", "/api/requests/" + reference + "/submit", null);
        assertEquals(200, submitted.statusCode(), submitted.body());
        HttpResponse<String> withoutOverrideReason = as("supervisor2").call("POST", "/api/requests/" + reference + "/approve",
                approval("Necessary and proportionate"));
        assertEquals(409, withoutOverrideReason.statusCode(), withoutOverrideReason.body());
        assertTrue(withoutOverrideReason.body().contains("R07"), "the exception needs the approver's own reason");

        HttpResponse<String> approved = as("supervisor2").call("POST", "/api/requests/" + reference + "/approve",
                approval("Necessary and proportionate", "R07", "R30"));
        assertEquals(200, approved.statusCode(), approved.body());
        assertTrue(approved.body().contains("\"status\":\"APPROVED\""));
        assertTrue(approved.body().contains("\"approvedBy\":\"supervisor2\""));
        assertTrue(approved.body().contains("\"recipient\":{\"lawEnforcement\":false,\"name\":\"Kiwi Community Bank\""),
                "the registry's record replaces what the client typed: " + approved.body());

        long evaluations = ((Number) em.createNativeQuery("select count(*) from rule_evaluation e join information_request r "
                + "on r.id = e.request_id where r.reference = ?1").setParameter(1, reference).getSingleResult()).longValue();
        assertTrue(evaluations > 10, "every evaluation is kept with its rule results");
    }

    @Test
    void anApprovedNoticeIsIssuedAsAStoredPdfWithAtLeastFiveWorkingDays() throws Exception {
        String reference = cleanNotice();
        as("investigator").call("POST", "/api/requests/" + reference + "/submit", null);
        assertEquals(200, as("supervisor2").call("POST", "/api/requests/" + reference + "/approve",
                approval("Proportionate", "R07", "R30")).statusCode());
        assertEquals(404, as("investigator2").call("POST", "/api/requests/" + reference + "/issue", null).statusCode());
        HttpResponse<String> issued = as("investigator").call("POST", "/api/requests/" + reference + "/issue", null);
        assertEquals(200, issued.statusCode(), issued.body());
        assertTrue(issued.body().contains("/api/requests/" + reference + "/notice"), issued.body());

        HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(Deployments.loopback(deployment) + "/api/requests/" + reference + "/notice"))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                "supervisor2:supervisor2-demo-password".getBytes())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4));
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf.body()));
        assertEquals(sha, pdf.headers().firstValue("X-Content-SHA256").orElseThrow(), "the stored bytes are served as issued");

        Object[] dates = (Object[]) em.createNativeQuery("select given_on, due_on from information_request where reference = ?1")
                .setParameter(1, reference).getSingleResult();
        LocalDate given = LocalDate.parse(dates[0].toString());
        LocalDate due = LocalDate.parse(dates[1].toString());
        assertTrue(new nz.integrity.platform.calendar.NzWorkingDayCalendar().workingDaysBetween(given, due) >= 5, given + " -> " + due);
        assertEquals(409, as("investigator").call("POST", "/api/requests/" + reference + "/issue", null).statusCode(),
                "issued once only");
    }

    @Test
    @DisplayName("R33 responses are triaged and out of scope material is quarantined until disposed")
    void responsesAreTriagedAndOutOfScopeMaterialIsQuarantinedUntilDisposed() {
        String reference = cleanNotice();
        Api ivy = as("investigator");
        ivy.call("POST", "/api/requests/" + reference + "/submit", null);
        as("supervisor2").call("POST", "/api/requests/" + reference + "/approve", approval("Proportionate", "R07", "R30"));
        assertEquals(200, ivy.call("POST", "/api/requests/" + reference + "/issue", null).statusCode());
        String file = java.util.Base64.getEncoder().encodeToString("statement".getBytes());
        HttpResponse<String> recorded = ivy.call("POST", "/api/requests/" + reference + "/responses", """
                {"receivedOn":"%s","documents":[
                  {"description":"Statements for the account","fileName":"statements.txt","mediaType":"text/plain","content":"%s"},
                  {"description":"Statements of a joint account not asked for","fileName":"joint.txt","mediaType":"text/plain","content":"%s"}]}"""
                .formatted(LocalDate.now(NewZealandTime.ZONE).minusDays(1), file, file));
        assertEquals(200, recorded.statusCode(), recorded.body());
        Matcher ids = Pattern.compile("(\\d+),(\\d+)").matcher(recorded.body());
        assertTrue(ids.find(), recorded.body());
        String inScope = ids.group(1);
        String outOfScope = ids.group(2);
        HttpResponse<String> triaged = ivy.call("POST", "/api/requests/" + reference + "/triage", """
                {"decisions":[{"evidenceId":%s,"scope":"IN_SCOPE","reason":"Exactly the statements asked for"},
                              {"evidenceId":%s,"scope":"OUT_OF_SCOPE","reason":"A joint account the notice did not ask for"}]}"""
                .formatted(inScope, outOfScope));
        assertEquals(200, triaged.statusCode(), triaged.body());
        assertTrue(triaged.body().contains("\"status\":\"TRIAGED\""), triaged.body());
        HttpResponse<String> received = ivy.call("GET", "/api/requests/" + reference + "/responses", null);
        assertEquals(200, received.statusCode(), received.body());
        assertTrue(received.body().contains("\"evidenceId\":" + outOfScope) && received.body().contains("\"scope\":\"OUT_OF_SCOPE\"")
                && received.body().contains("\"scope\":\"IN_SCOPE\""), received.body());
        assertEquals(404, as("investigator2").call("GET", "/api/requests/" + reference + "/responses", null).statusCode(),
                "another team cannot read what was received");
        assertEquals(404, as("supervisor2").call("GET", "/api/requests/" + reference + "/responses", null).statusCode(),
                "the approver read the request, not what came back for the case");

        String caseReference = investigatingCase();
        HttpResponse<String> quarantined = ivy.call("GET", "/api/cases/" + caseReference + "/evidence/" + outOfScope + "/file", null);
        assertEquals(409, quarantined.statusCode(), "quarantined material cannot be opened");
        assertEquals(200, ivy.call("GET", "/api/cases/" + caseReference + "/evidence/" + inScope + "/file", null).statusCode());
        assertEquals(409, ivy.call("POST", "/api/requests/" + reference + "/complete", null).statusCode(), "disposal first");
        assertEquals(403, as("supervisor").call("POST", "/api/cases/" + caseReference + "/evidence/" + outOfScope + "/disposal",
                "{\"note\":\"The team's supervisor deletes it\"}").statusCode(), "disposal is the investigators' act");
        assertEquals(200, ivy.call("POST", "/api/cases/" + caseReference + "/evidence/" + outOfScope + "/disposal",
                "{\"note\":\"Deleted from the file store and returned to the bank on 2026-11-24\"}").statusCode());
        HttpResponse<String> completed = ivy.call("POST", "/api/requests/" + reference + "/complete", null);
        assertEquals(200, completed.statusCode(), completed.body());
        assertTrue(completed.body().contains("\"status\":\"COMPLETE\""));
        long content = ((Number) em.createNativeQuery("select count(*) from evidence_content where evidence_id = ?1")
                .setParameter(1, Long.valueOf(outOfScope)).getSingleResult()).longValue();
        assertEquals(0, content, "disposed material's content is gone; its hash and the disposal record stay");
    }

    @Test
    void aLapsedApprovalExpiresAndCannotBeIssued() throws Exception {
        String reference = cleanNotice();
        as("investigator").call("POST", "/api/requests/" + reference + "/submit", null);
        assertEquals(200, as("supervisor2").call("POST", "/api/requests/" + reference + "/approve",
                approval("Proportionate", "R07", "R30")).statusCode());
        transaction.begin();
        em.joinTransaction();
        em.createNativeQuery("update information_request set approval_expires_on = ?1 where reference = ?2")
                .setParameter(1, LocalDate.now(NewZealandTime.ZONE).minusDays(1)).setParameter(2, reference).executeUpdate();
        transaction.commit();
        expiry.expireLapsedApprovals();
        assertTrue(as("investigator").call("GET", "/api/requests/" + reference, null).body().contains("\"status\":\"EXPIRED\""));
        assertEquals(409, as("investigator").call("POST", "/api/requests/" + reference + "/issue", null).statusCode());
    }

    @Test
    void editAfterApprovalThenIssueIsRefused() {
        String reference = cleanNotice();
        as("investigator").call("POST", "/api/requests/" + reference + "/submit", null);
        as("supervisor2").call("POST", "/api/requests/" + reference + "/approve", approval("Proportionate", "R07", "R30"));
        String caseReference = investigatingCase();
        as("investigator").call("PUT", "/api/requests/" + reference, RequestContentJson.write(bankNotice(caseReference,
                statements(period(caseReference), "Statements for accounts 12-3456-7890123-00 and -01"))));
        HttpResponse<String> issue = as("investigator").call("POST", "/api/requests/" + reference + "/issue", null);
        assertEquals(409, issue.statusCode(), issue.body());
    }

    @Test
    void editAfterApprovalVoidsTheApproval() {
        String reference = cleanNotice();
        as("investigator").call("POST", "/api/requests/" + reference + "/submit", null);
        HttpResponse<String> approved = as("supervisor2").call("POST", "/api/requests/" + reference + "/approve",
                approval("Proportionate", "R07", "R30"));
        assertEquals(200, approved.statusCode(), approved.body());
        String caseReference = investigatingCase();
        HttpResponse<String> edited = as("investigator").call("PUT", "/api/requests/" + reference,
                RequestContentJson.write(bankNotice(caseReference, statements(period(caseReference),
                        "Statements for accounts 12-3456-7890123-00 and 12-3456-7890123-01"))));
        assertEquals(200, edited.statusCode(), edited.body());
        assertTrue(edited.body().contains("\"status\":\"DRAFT\""), edited.body());
        assertTrue(edited.body().contains("\"approvedContentHash\":null") || !edited.body().contains("approvedContentHash\":\""),
                edited.body());
    }

    @Test
    void selfApprovalAndApprovalByTheCaseTeamAreRefused() {
        String reference = cleanNotice();
        as("investigator").call("POST", "/api/requests/" + reference + "/submit", null);
        HttpResponse<String> byApplicant = as("investigator").call("POST", "/api/requests/" + reference + "/approve",
                approval("I approve my own", "R07"));
        assertEquals(403, byApplicant.statusCode(), byApplicant.body());
        HttpResponse<String> byTeamSupervisor = as("supervisor").call("POST", "/api/requests/" + reference + "/approve",
                approval("Fine by me", "R07"));
        assertEquals(409, byTeamSupervisor.statusCode(), byTeamSupervisor.body());
        assertTrue(byTeamSupervisor.body().contains("R22"), byTeamSupervisor.body());
    }

    @Test
    void aBlanketPrejudiceExceptionWithoutFactsIsRefusedAtSubmission() {
        String caseReference = investigatingCase();
        ClientFirstBasis blanket = new ClientFirstBasis.PrejudiceException(Set.of(PrejudiceGround.OTHER_SPECIFIED_IN_FACTS),
                "Asking the client would prejudice the maintenance of the law.", "", "");
        String reference = draft(bankNotice(caseReference, new RequestItem(InformationCategory.ACCOUNT_STATEMENTS,
                "Statements for account 12-3456-7890123-00", Optional.of(period(caseReference)), blanket)));
        HttpResponse<String> submitted = as("investigator").call("POST", "/api/requests/" + reference + "/submit", null);
        assertEquals(409, submitted.statusCode(), submitted.body());
        assertTrue(submitted.body().contains("R06"), submitted.body());
    }

    @Test
    void everyRequestTransitionIsAuditedOnce() {
        String reference = cleanNotice();
        as("investigator").call("POST", "/api/requests/" + reference + "/submit", null);
        as("supervisor2").call("POST", "/api/requests/" + reference + "/return", "{\"reason\":\"Say which account\"}");
        List<?> actions = em.createNativeQuery("select action from audit_event where object_type = 'REQUEST' and object_id = ?1 "
                + "and action in ('REQUEST_DRAFTED', 'REQUEST_SUBMITTED', 'REQUEST_RETURNED') order by id")
                .setParameter(1, reference).getResultList();
        assertEquals(List.of("REQUEST_DRAFTED", "REQUEST_SUBMITTED", "REQUEST_RETURNED"), actions);
    }

    @Test
    void allFinancialInformationIsRefusedAtSubmission() {
        String caseReference = investigatingCase();
        String reference = draft(bankNotice(caseReference, statements(period(caseReference), "All financial information held about the client")));
        HttpResponse<String> submitted = as("investigator").call("POST", "/api/requests/" + reference + "/submit", null);
        assertEquals(409, submitted.statusCode(), submitted.body());
        assertTrue(submitted.body().contains("R10"), submitted.body());
        assertTrue(as("investigator").call("GET", "/api/requests/" + reference, null).body().contains("\"status\":\"DRAFT\""));
    }

    @Test
    void tenYearsOfStatementsForAOneYearPeriodNeedsTheApproversRecordedReason() {
        String caseReference = investigatingCase();
        DateRange period = period(caseReference);
        String reference = draft(bankNotice(caseReference, statements(
                new DateRange(period.from().minusYears(9), period.to()), "Statements for account 12-3456-7890123-00")));
        as("investigator").call("POST", "/api/requests/" + reference + "/submit", null);
        HttpResponse<String> approval = as("supervisor2").call("POST", "/api/requests/" + reference + "/approve",
                approval("Proportionate", "R07", "R30"));
        assertEquals(409, approval.statusCode(), approval.body());
        assertTrue(approval.body().contains("R11"), approval.body());
        HttpResponse<String> withReason = as("supervisor2").call("POST", "/api/requests/" + reference + "/approve",
                approval("Proportionate", "R07", "R30", "R11b"));
        assertEquals(200, withReason.statusCode(), "escalated, not forbidden: the approver may proceed with a recorded reason");
    }

    @Test
    void textMessageContentFromATelcoIsRefused() {
        String caseReference = investigatingCase();
        RequestContent telco = new RequestContent(RequestType.THIRD_PARTY_NOTICE, Optional.of(registered("Tui Mobile")),
                List.of(new Subject("100000001", SubjectRole.CLIENT, "x", Optional.empty(), "", "")),
                Set.of(new PurposeCode("ENTITLEMENT")), List.of(new RequestItem(InformationCategory.COMMUNICATIONS_CONTENT,
                "Every text message between the client and Ben Walker", Optional.of(period(caseReference)), exception())),
                justification());
        String reference = draft(telco);
        HttpResponse<String> submitted = as("investigator").call("POST", "/api/requests/" + reference + "/submit", null);
        assertEquals(409, submitted.statusCode(), submitted.body());
        assertTrue(submitted.body().contains("R16"), submitted.body());
    }

    @Test
    void aPartnerTargetedWithoutTheirOwnJustificationIsRefused() {
        String caseReference = investigatingCase();
        RequestContent partner = new RequestContent(RequestType.THIRD_PARTY_NOTICE, Optional.of(registered("Kiwi Community Bank")),
                List.of(new Subject("100000001", SubjectRole.CLIENT, "x", Optional.empty(), "", ""),
                        new Subject("100000002", SubjectRole.PARTNER, "x", Optional.empty(), "", "")),
                Set.of(new PurposeCode("ENTITLEMENT")),
                List.of(statements(period(caseReference), "Statements for account 12-3456-7890123-00")), justification());
        String reference = draft(partner);
        HttpResponse<String> submitted = as("investigator").call("POST", "/api/requests/" + reference + "/submit", null);
        assertEquals(409, submitted.statusCode(), submitted.body());
        assertTrue(submitted.body().contains("R14"), submitted.body());
    }

    @Test
    void concurrentDecisionsOnOneSubmissionHaveExactlyOneOutcome() throws Exception {
        String reference = cleanNotice();
        as("investigator").call("POST", "/api/requests/" + reference + "/submit", null);
        CompletableFuture<HttpResponse<String>> approve = CompletableFuture.supplyAsync(() -> as("supervisor2")
                .call("POST", "/api/requests/" + reference + "/approve", approval("Proportionate", "R07", "R30")));
        CompletableFuture<HttpResponse<String>> reject = CompletableFuture.supplyAsync(() -> as("supervisor2")
                .call("POST", "/api/requests/" + reference + "/reject", "{\"reason\":\"Not necessary at this stage\"}"));
        List<Integer> statuses = List.of(approve.get().statusCode(), reject.get().statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        long verdicts = ((Number) em.createNativeQuery("select count(*) from request_verdict v join information_request r "
                + "on r.id = v.request_id where r.reference = ?1").setParameter(1, reference).getSingleResult()).longValue();
        assertEquals(1, verdicts);
    }

    @Test
    void returnAndRejectNeedReasonsAndOnlyApproversDecide() {
        String reference = cleanNotice();
        as("investigator").call("POST", "/api/requests/" + reference + "/submit", null);
        assertEquals(400, as("supervisor2").call("POST", "/api/requests/" + reference + "/return", "{\"reason\":\"\"}").statusCode());
        assertEquals(404, as("investigator2").call("POST", "/api/requests/" + reference + "/return",
                "{\"reason\":\"Not my team\"}").statusCode());
        assertEquals(200, as("supervisor2").call("POST", "/api/requests/" + reference + "/return",
                "{\"reason\":\"Narrow the range to the months of the alleged relationship\"}").statusCode());
        assertTrue(as("investigator").call("GET", "/api/requests/" + reference, null).body().contains("\"status\":\"RETURNED\""));
    }

    @Test
    @DisplayName("R36 an issued notice is cancelled with a reason and nothing is recorded against it afterwards")
    void anIssuedNoticeIsCancelledWithAReasonAndNothingIsRecordedAgainstItAfterwards() {
        String reference = cleanNotice();
        Api ivy = as("investigator");
        assertEquals(409, ivy.call("POST", "/api/requests/" + reference + "/cancel",
                "{\"reason\":\"Not issued yet, so withdraw instead\"}").statusCode(), "only an issued notice is cancelled");
        ivy.call("POST", "/api/requests/" + reference + "/submit", null);
        as("supervisor2").call("POST", "/api/requests/" + reference + "/approve", approval("Proportionate", "R07", "R30"));
        assertEquals(200, ivy.call("POST", "/api/requests/" + reference + "/issue", null).statusCode());
        assertEquals(404, ivy.call("GET", "/api/requests/" + reference + "/cancellation", null).statusCode(), "not cancelled yet");
        assertEquals(400, ivy.call("POST", "/api/requests/" + reference + "/cancel", "{\"reason\":\"\"}").statusCode());
        assertEquals(403, as("supervisor").call("POST", "/api/requests/" + reference + "/cancel",
                "{\"reason\":\"The team's supervisor does not run the request\"}").statusCode());
        assertEquals(404, as("investigator2").call("POST", "/api/requests/" + reference + "/cancel",
                "{\"reason\":\"Another team cannot see it\"}").statusCode());

        HttpResponse<String> cancelled = ivy.call("POST", "/api/requests/" + reference + "/cancel",
                "{\"reason\":\"The client supplied the statements herself the same day\"}");
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertTrue(cancelled.body().contains("\"status\":\"CANCELLED\""), cancelled.body());
        HttpResponse<String> letter = ivy.call("GET", "/api/requests/" + reference + "/cancellation", null);
        assertEquals(200, letter.statusCode());
        assertTrue(letter.body().startsWith("%PDF"), "the recipient's cancellation letter is a PDF");
        byte[] kept = (byte[]) em.createNativeQuery("select c.content from request_cancellation c join information_request r "
                + "on r.id = c.request_id where r.reference = ?1").setParameter(1, reference).getSingleResult();
        String sha256 = java.util.HexFormat.of().formatHex(sha256(kept));
        assertEquals(sha256, letter.headers().firstValue("X-Content-SHA256").orElseThrow(), "the kept letter is the one served");
        assertTrue(cancelled.body().contains(sha256), cancelled.body());
        String file = java.util.Base64.getEncoder().encodeToString("statement".getBytes());
        HttpResponse<String> late = ivy.call("POST", "/api/requests/" + reference + "/responses", """
                {"receivedOn":"%s","documents":[{"description":"Statements sent anyway","fileName":"late.txt",
                 "mediaType":"text/plain","content":"%s"}]}""".formatted(LocalDate.now(NewZealandTime.ZONE).minusDays(1), file));
        assertEquals(409, late.statusCode(), late.body());
        long registered = ((Number) em.createNativeQuery("select count(*) from evidence_item e join information_request r "
                + "on r.id = e.source_request_id where r.reference = ?1").setParameter(1, reference).getSingleResult()).longValue();
        assertEquals(0, registered, "a refused response leaves nothing in the evidence register");
        List<?> reasons = em.createNativeQuery("select reason from audit_event where object_id = ?1 and action = 'REQUEST_CANCELLED'")
                .setParameter(1, reference).getResultList();
        assertEquals(List.of("The client supplied the statements herself the same day"), reasons);
    }

    @Test
    void theCaseTeamsOwnSupervisorCannotReturnOrRejectEither() {
        String reference = cleanNotice();
        as("investigator").call("POST", "/api/requests/" + reference + "/submit", null);
        for (String decision : List.of("return", "reject")) {
            HttpResponse<String> byTeamSupervisor = as("supervisor").call("POST", "/api/requests/" + reference + "/" + decision,
                    "{\"reason\":\"Looks fine to me, I manage this team\"}");
            assertEquals(409, byTeamSupervisor.statusCode(), byTeamSupervisor.body());
            assertTrue(byTeamSupervisor.body().contains("R22"), byTeamSupervisor.body());
        }
        List<?> refusals = em.createNativeQuery("select action from audit_event where object_id = ?1 and outcome = 'DENIED' "
                + "and action in ('RETURN_REQUEST', 'REJECT_REQUEST') order by id").setParameter(1, reference).getResultList();
        assertEquals(List.of("RETURN_REQUEST", "REJECT_REQUEST"), refusals, "each refused decision is audited");
        assertTrue(as("investigator").call("GET", "/api/requests/" + reference, null).body().contains("\"status\":\"SUBMITTED\""));
    }

    @Test
    @DisplayName("R36 a case closes only once its requests are resolved")
    void aCaseClosesOnlyOnceItsRequestsAreResolved() {
        String caseReference = aNewInvestigation();
        String reference = draft(caseReference, bankNotice(caseReference,
                statements(period(caseReference), "Statements for account 12-3456-7890123-00")));
        HttpResponse<String> proposed = moveCase("investigator", caseReference, "{\"target\":\"OUTCOME_PROPOSED\","
                + "\"reason\":\"Income was declared after all\",\"outcome\":\"NO_OVERPAYMENT\"}");
        assertEquals(200, proposed.statusCode(), proposed.body());
        String close = "{\"target\":\"CLOSED\",\"reason\":\"No overpayment found\",\"outcome\":\"NO_OVERPAYMENT\"}";

        HttpResponse<String> refused = moveCase("supervisor", caseReference, close);
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("R36") && refused.body().contains(reference), refused.body());
        List<?> refusals = em.createNativeQuery("select outcome from audit_event where object_id = ?1 "
                + "and action = 'CASE_DECIDE_OUTCOME'").setParameter(1, caseReference).getResultList();
        assertEquals(List.of("DENIED"), refusals, "the refused closure is audited, and nothing was decided");
        assertTrue(as("investigator").call("GET", "/api/cases/" + caseReference, null).body().contains("\"status\":\"OUTCOME_PROPOSED\""));

        assertEquals(200, as("investigator").call("POST", "/api/requests/" + reference + "/withdraw",
                "{\"reason\":\"The case is closing; the statements are not needed\"}").statusCode());
        HttpResponse<String> closed = moveCase("supervisor", caseReference, close);
        assertEquals(200, closed.statusCode(), closed.body());

        HttpResponse<String> lateDraft = as("investigator").call("POST", "/api/cases/" + caseReference + "/requests",
                RequestContentJson.write(bankNotice(caseReference, statements(period(caseReference), "Statements after closing"))));
        assertEquals(409, lateDraft.statusCode(), lateDraft.body());
        assertTrue(lateDraft.body().contains("R36"), lateDraft.body());
    }

    /** A case of its own, so closing it leaves the shared demo case to the other tests. */
    private String aNewInvestigation() {
        HttpResponse<String> created = as("investigator").call("POST", "/api/cases", """
                {"team":"NORTH","referralSource":"PUBLIC_ALLEGATION","allegationType":"RELATIONSHIP",
                 "allegationSummary":"A neighbour reports the client lives with her employer",
                 "periodFrom":"2025-01-01","periodTo":"2025-12-31"}""");
        assertEquals(201, created.statusCode(), created.body());
        Matcher m = Pattern.compile("\"reference\":\"(INV-\\d{4}-\\d{6})\"").matcher(created.body());
        assertTrue(m.find(), created.body());
        String caseReference = m.group(1);
        assertEquals(201, as("investigator").call("POST", "/api/cases/" + caseReference + "/subjects",
                "{\"clientNumber\":\"100000001\",\"role\":\"CLIENT\"}").statusCode());
        for (String[] step : new String[][]{{"investigator", "TRIAGE"}, {"investigator", "INVESTIGATION_PROPOSED"},
                {"supervisor", "INVESTIGATING"}}) {
            HttpResponse<String> moved = moveCase(step[0], caseReference,
                    "{\"target\":\"" + step[1] + "\",\"reason\":\"Specific allegation, records disagree\"}");
            assertEquals(200, moved.statusCode(), moved.body());
        }
        return caseReference;
    }

    private HttpResponse<String> moveCase(String username, String caseReference, String body) {
        return as(username).call("POST", "/api/cases/" + caseReference + "/transitions", body);
    }

    private static byte[] sha256(byte[] content) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
