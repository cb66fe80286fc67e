package nz.integrity.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import nz.integrity.investigation.SubjectRole;
import nz.integrity.party.RecipientType;
import nz.integrity.demo.DemoData.DemoAccount;
import nz.integrity.platform.time.NewZealandTime;
import nz.integrity.request.content.ClientFirstBasis;
import nz.integrity.request.content.DateRange;
import nz.integrity.request.content.InformationCategory;
import nz.integrity.request.content.PurposeCode;
import nz.integrity.request.content.Recipient;
import nz.integrity.request.content.RequestContent;
import nz.integrity.request.RequestContentJson;
import nz.integrity.request.content.RequestItem;
import nz.integrity.request.content.RequestType;
import nz.integrity.request.content.Subject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Everyday use in a real browser, as the demo users meet it (issue 9, items 13 and 15 to 17): downloads are real
 * files with the stored bytes, a decision that lost a race says who won, a session that ended returns the person to
 * the page they were on, and a new draft gets its own address once saved. The requests are prepared through the
 * REST API; every page and dialog the browser visits is checked by axe.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EverydayUseIT {

    @ArquillianResource
    URL deployment;


    /** Item 13: the notice, the client letter, the cancellation letter and an evidence file, clicked and saved. */
    @Test
    void everyDownloadSavesTheStoredFileItself() throws Exception {
        String caseReference = investigatingCase();
        String notice = submitted(bankNotice(caseReference));
        approve(notice);
        String noticeSha256 = post("investigator", "/api/requests/" + notice + "/issue", null).getString("sha256");
        String cancellationSha256 = post("investigator", "/api/requests/" + notice + "/cancel",
                "{\"reason\":\"The client supplied the statements herself.\"}").getString("sha256");
        String letter = submitted(clientRequest(caseReference));
        approve(letter);
        String letterSha256 = post("investigator", "/api/requests/" + letter + "/issue", null).getString("sha256");
        byte[] file = "%PDF-1.4 scanned payslip".getBytes(StandardCharsets.US_ASCII);
        JsonObject evidence = post("investigator", "/api/cases/" + caseReference + "/evidence", """
                {"description":"Payslip for March","source":"The client","legalChannel":"Given voluntarily at interview",
                 "purpose":"Test the undeclared income allegation","collectedOn":"%s",
                 "fileName":"payslip march.pdf","mediaType":"application/pdf","content":"%s"}"""
                .formatted(LocalDate.now(NewZealandTime.ZONE).minusDays(1), Base64.getEncoder().encodeToString(file)));

        try (Browser web = new Browser(Deployments.loopback(deployment))) {
            logOn(web, DemoAccount.INVESTIGATOR);
            web.open("/cases/request.xhtml?ref=" + notice);
            web.waitForText(By.id("requestStatus"), "Cancelled");
            web.assertAccessible();
            web.click(By.id("statusActions:downloadNotice"));
            assertStoredPdf(web.awaitDownload(), noticeSha256);
            web.click(By.id("statusActions:downloadCancellation"));
            assertStoredPdf(web.awaitDownload(), cancellationSha256);

            web.open("/cases/request.xhtml?ref=" + letter);
            web.waitForText(By.id("requestStatus"), "Issued");
            web.assertAccessible();
            web.click(By.id("statusActions:downloadNotice"));
            assertStoredPdf(web.awaitDownload(), letterSha256);

            web.open("/cases/case.xhtml?ref=" + caseReference);
            web.click(By.xpath("//ul[@role='tablist']//a[normalize-space()='Evidence']"));
            By download = By.xpath("//tr[contains(., 'payslip march.pdf')]//a[contains(@id, ':download')]");
            web.waitFor(download);
            web.assertAccessible();
            web.click(download);
            Browser.Download saved = web.awaitDownload();
            assertEquals("payslip march.pdf", saved.fileName());
            assertEquals(evidence.getString("sha256"), sha256(saved.content()), "the evidence file exactly as stored");
        }
    }

    /** Item 15: the slower of two approvers is told the request was already decided, by whom, and can reload. */
    @Test
    void theSlowerOfTwoDecisionsIsToldWhoDecidedFirst() throws Exception {
        String reference = submitted(bankNotice(investigatingCase()));
        try (Browser web = new Browser(Deployments.loopback(deployment))) {
            logOn(web, DemoAccount.SUPERVISOR_SOUTH);
            web.open("/cases/request.xhtml?ref=" + reference);
            web.click(By.id("statusActions:return"));
            web.waitFor(By.id("returnForm:returnReason"));
            web.assertAccessible();
            web.type(By.id("returnForm:returnReason"), "Narrow it to the one account first.");

            approve(reference);
            web.click(By.id("returnForm:confirmReturn"));

            web.waitForText(By.id("alreadyDecided"), "already decided by");
            String said = web.text(By.id("alreadyDecided"));
            assertFalse(said.contains("R22") || said.contains("supervisor2"), "a race lost, not a four-eyes breach: " + said);
            assertTrue(said.contains(DemoAccount.SUPERVISOR_SOUTH.displayName()) && said.contains("Approved"), said);
            web.assertAccessible();
            web.click(By.id("statusActions:reload"));
            web.waitForText(By.id("requestStatus"), "Approved");
            web.assertAccessible();
        }
    }

    /** Item 16: saving after the session ended leads through sign-in back to the same request, saying why. */
    @Test
    void afterTheSessionEndsSignInReturnsToTheSameRequest() throws Exception {
        String reference = draft(bankNotice(investigatingCase()));
        try (Browser web = new Browser(Deployments.loopback(deployment))) {
            logOn(web, DemoAccount.INVESTIGATOR);
            web.open("/cases/request.xhtml?ref=" + reference);
            web.waitFor(By.id("requestForm:save"));
            web.assertAccessible();

            // The browser still holds its session cookie, but the server no longer knows it: as after the idle timeout.
            Cookie session = web.driver().manage().getCookieNamed("JSESSIONID");
            web.driver().manage().deleteCookieNamed("JSESSIONID");
            web.driver().manage().addCookie(new Cookie.Builder("JSESSIONID", "ended" + session.getValue())
                    .path(session.getPath()).isHttpOnly(true).build());
            web.click(By.id("requestForm:save"));

            web.waitForText(By.id("sessionEnded"), "Your session had ended");
            web.assertAccessible();
            web.type(By.id("logonForm:username"), DemoAccount.INVESTIGATOR.username());
            web.type(By.id("logonForm:password"), DemoAccount.INVESTIGATOR.password());
            web.click(By.id("logonForm:signIn"));
            web.waitForText(By.tagName("h1"), reference);
            assertTrue(web.driver().getCurrentUrl().contains("ref=" + reference), web.driver().getCurrentUrl());
            web.assertAccessible();
        }
    }

    /** Item 17: the first save of a new draft moves to the request's own address, so a reload shows it again. */
    @Test
    void reloadingAfterTheFirstSaveShowsTheSavedDraft() throws Exception {
        String caseReference = investigatingCase();
        try (Browser web = new Browser(Deployments.loopback(deployment))) {
            logOn(web, DemoAccount.INVESTIGATOR);
            web.open("/cases/request.xhtml?case=" + caseReference);
            web.waitFor(By.id("requestForm:save"));
            web.assertAccessible();
            web.choose("requestForm:recipient", "Kiwi Community Bank · Bank");
            web.type(By.id("requestForm:hypothesis"), "The client and Ben Walker share a household and finances.");
            web.click(By.id("requestForm:save"));

            web.waitForText(By.id("messages"), "saved and checked against the Code");
            String url = web.driver().getCurrentUrl();
            assertTrue(url.matches(".*/cases/request\\.xhtml\\?ref=REQ-\\d{4}-\\d{6}$"), url);
            String heading = web.text(By.tagName("h1"));
            web.assertAccessible();
            web.driver().navigate().refresh();
            web.waitForText(By.tagName("h1"), heading.substring(heading.indexOf("REQ-")));
            assertEquals("The client and Ben Walker share a household and finances.",
                    web.waitFor(By.id("requestForm:hypothesis")).getAttribute("value"));
        }
    }

    /** Item 19: a refused submission lists one broken rule per line, and the checklist links to the fields. */
    @Test
    void aRefusedSubmissionListsEachRuleAndLinksToItsFields() throws Exception {
        String reference = draft(blanketNotice(investigatingCase()));
        try (Browser web = new Browser(Deployments.loopback(deployment))) {
            logOn(web, DemoAccount.INVESTIGATOR);
            web.open("/cases/request.xhtml?ref=" + reference);
            web.click(By.id("requestForm:submit"));
            web.waitForText(By.id("messages"), "cannot be overridden");
            List<String> lines = web.driver().findElements(By.cssSelector("#messages li")).stream()
                    .map(org.openqa.selenium.WebElement::getText).toList();
            assertTrue(lines.size() >= 3, "a summary and one line per rule: " + lines);
            assertTrue(lines.stream().skip(1).allMatch(line -> line.matches("R\\d+[a-z]? .*")), lines.toString());
            assertTrue(lines.stream().noneMatch(line -> line.contains(".;")), lines.toString());
            List<org.openqa.selenium.WebElement> ruleLinks = web.driver().findElements(By.cssSelector("#messages li a"));
            assertFalse(ruleLinks.isEmpty(), "broken rules link to the fields to fix: " + lines);
            for (org.openqa.selenium.WebElement link : ruleLinks) {
                String section = link.getAttribute("href").substring(link.getAttribute("href").indexOf('#') + 1);
                assertTrue(link.getText().matches("R\\d+[a-z]? .*"), link.getText());
                assertTrue(web.isPresent(By.id(section)), "the banner line leads to a section of the form: " + section);
            }
            web.assertAccessible();
            org.openqa.selenium.WebElement fix = web.waitFor(By.cssSelector("#checklist a.icm-fix-link"));
            String target = fix.getAttribute("href").substring(fix.getAttribute("href").indexOf('#') + 1);
            assertTrue(web.isPresent(By.id(target)), "the link leads to a section of the form: " + target);
        }
    }

    /** Item 20: the supervisor's home counts the approval queue; filters and table cells keep their text whole. */
    @Test
    void theSupervisorsHomeCountsTheQueueAndNothingIsClippedOrOverlapping() throws Exception {
        String reference = submitted(bankNotice(investigatingCase()));
        try (Browser web = new Browser(Deployments.loopback(deployment))) {
            logOn(web, DemoAccount.SUPERVISOR_SOUTH);
            String waiting = web.text(By.id("approvalsWaiting"));
            assertTrue(waiting.matches("(?s)\\d+ information requests? (is|are) waiting for your approval.*"), waiting);
            web.assertAccessible();
            web.click(By.id("openApprovals"));
            web.waitFor(By.linkText(reference));
            assertNothingClipped(web);
            web.logOff();

            logOn(web, DemoAccount.INVESTIGATOR);
            web.open("/cases/index.xhtml");
            web.waitFor(By.id("casesForm:team"));
            assertNoOverlap(web, "casesForm:status", "casesForm:allegationType", "casesForm:team", "casesForm:assignee");
            assertNothingClipped(web);
            web.open("/cases/case.xhtml?ref=" + investigatingCase());
            String decisions = web.text(By.id("caseForm:tabs:decisions"));
            assertFalse(decisions.matches("(?s).*\\b(investigator|supervisor) \\((investigator|supervisor)\\).*"),
                    "decisions name the person: " + decisions);
            web.assertAccessible();
        }
    }

    /** No table cell hides part of its text. */
    private static void assertNothingClipped(Browser web) {
        Object clipped = ((org.openqa.selenium.JavascriptExecutor) web.driver()).executeScript(
                "return Array.from(document.querySelectorAll('td, th')).filter(c => c.scrollWidth > c.clientWidth + 1)"
                        + ".map(c => c.textContent.trim()).join(' | ');");
        assertEquals("", clipped, "clipped cells on " + web.driver().getCurrentUrl());
    }

    /** The fields' boxes do not overlap one another. */
    private static void assertNoOverlap(Browser web, String... ids) {
        List<org.openqa.selenium.Rectangle> boxes = java.util.Arrays.stream(ids)
                .map(id -> web.driver().findElement(By.id(id)).getRect()).toList();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                org.openqa.selenium.Rectangle a = boxes.get(i);
                org.openqa.selenium.Rectangle b = boxes.get(j);
                boolean apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
                assertTrue(apart, ids[i] + " overlaps " + ids[j] + ": " + a + " / " + b);
            }
        }
    }

    private static void assertStoredPdf(Browser.Download saved, String storedSha256) throws Exception {
        assertTrue(saved.fileName().endsWith(".pdf"), saved.fileName());
        assertEquals("%PDF", new String(saved.content(), 0, 4, StandardCharsets.US_ASCII), saved.fileName() + " is a PDF");
        assertEquals(storedSha256, sha256(saved.content()), saved.fileName() + " is the stored document");
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private String investigatingCase() {
        JsonObject page = get("investigator", "/api/cases?status=INVESTIGATING&client=100000001");
        return page.getJsonArray("cases").getJsonObject(0).getString("reference");
    }

    private RequestContent bankNotice(String caseReference) {
        JsonArray banks = json(ok(as("investigator").call("GET", "/api/recipients?type=BANK&name="
                + URLEncoder.encode("Kiwi Community Bank", StandardCharsets.UTF_8), null))).asJsonArray();
        String bank = String.valueOf(banks.getJsonObject(0).getJsonNumber("id").longValue());
        return new RequestContent(RequestType.THIRD_PARTY_NOTICE,
                Optional.of(new Recipient(bank, "as typed by the client", RecipientType.OTHER, false)),
                List.of(new Subject("100000001", SubjectRole.CLIENT, "x", Optional.empty(), "", "")),
                Set.of(new PurposeCode("ENTITLEMENT")),
                List.of(RequestDrafts.statements(period(caseReference), "Statements for account 12-3456-7890123-00")),
                RequestDrafts.justification());
    }

    /** A notice that breaks several HARD rules at once: blanket wording, no range, no justification. */
    private RequestContent blanketNotice(String caseReference) {
        RequestContent notice = bankNotice(caseReference);
        return new RequestContent(notice.type(), notice.recipient(), notice.subjects(), notice.purposes(),
                List.of(new RequestItem(InformationCategory.ACCOUNT_STATEMENTS, "All records", Optional.empty(),
                        ClientFirstBasis.notRecorded())),
                new nz.integrity.request.content.Justification("", "", List.of(), "", "", "", "", "", "", ""));
    }

    private RequestContent clientRequest(String caseReference) {
        return new RequestContent(RequestType.CLIENT_REQUEST, Optional.empty(),
                List.of(new Subject("100000001", SubjectRole.CLIENT, "x", Optional.empty(), "", "")),
                Set.of(new PurposeCode("ENTITLEMENT")),
                List.of(new RequestItem(InformationCategory.ACCOUNT_STATEMENTS, "Your statements for account 12-3456-7890123-00",
                        Optional.of(period(caseReference)), ClientFirstBasis.notRecorded())),
                RequestDrafts.justification());
    }

    private DateRange period(String caseReference) {
        JsonObject found = get("investigator", "/api/cases/" + caseReference);
        return new DateRange(LocalDate.parse(found.getString("periodFrom")), LocalDate.parse(found.getString("periodTo")));
    }

    private String draft(RequestContent content) {
        String caseReference = investigatingCase();
        HttpResponse<String> created = as("investigator").call("POST", "/api/cases/" + caseReference + "/requests",
                RequestContentJson.write(content));
        assertEquals(201, created.statusCode(), created.body());
        return json(created.body()).asJsonObject().getString("reference");
    }

    private String submitted(RequestContent content) {
        String reference = draft(content);
        post("investigator", "/api/requests/" + reference + "/submit", null);
        return reference;
    }

    /** Approves as supervisor2 (independent of the NORTH case), giving a reason for whatever the rules ask. */
    private void approve(String reference) {
        HttpResponse<String> first = as("supervisor2").call("POST", "/api/requests/" + reference + "/approve",
                approval(List.of()));
        if (first.statusCode() == 409) {
            List<String> rules = json(first.body()).asJsonObject().getJsonArray("rules").getValuesAs(JsonString.class)
                    .stream().map(JsonString::getString).toList();
            ok(as("supervisor2").call("POST", "/api/requests/" + reference + "/approve", approval(rules)));
        } else {
            ok(first);
        }
    }

    private static String approval(List<String> rules) {
        String overrides = rules.stream().map(rule -> "\"" + rule + "\":\"The recorded facts justify proceeding.\"")
                .collect(Collectors.joining(","));
        String acknowledged = rules.stream().map(rule -> "\"" + rule + "\"").collect(Collectors.joining(","));
        return "{\"reason\":\"Necessary and proportionate: one account, the period only.\",\"overrides\":{" + overrides
                + "},\"acknowledgements\":[" + acknowledged + "]}";
    }

    private JsonObject get(String username, String path) {
        return json(ok(as(username).call("GET", path, null))).asJsonObject();
    }

    private JsonObject post(String username, String path, String body) {
        return json(ok(as(username).call("POST", path, body))).asJsonObject();
    }

    private static String ok(HttpResponse<String> response) {
        assertEquals(2, response.statusCode() / 100, response.uri() + " answered " + response.statusCode() + ": " + response.body());
        return response.body();
    }

    private static JsonValue json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        }
    }

    private Api as(String username) {
        return new Api(new WebClient(Deployments.loopback(deployment)), username);
    }

    private static void logOn(Browser web, DemoAccount account) {
        web.logOn(account.username(), account.password());
    }
}
