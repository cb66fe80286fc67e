package nz.integrity.it;

import nz.integrity.demo.DemoData.DemoAccount;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The information-request journey in a real browser: the investigator drafts a bank notice with a prejudice
 * exception and a full justification, checks it against the Code and submits it; an independent supervisor of
 * another team returns it with reasons; the investigator narrows it and resubmits; the supervisor approves it
 * with a reason for each override; the investigator issues the notice and the issued PDF can be downloaded;
 * the bank's response is recorded, one document triaged in scope and one out of scope, the quarantined one's
 * disposal recorded and the request completed. Every page and dialog on the way is checked by axe.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestJourneyIT {

    private static final Pattern REQUEST = Pattern.compile("REQ-\\d{4}-\\d{6}");

    @ArquillianResource
    URL deployment;

    @Test
    void aNoticeIsDraftedReturnedAmendedApprovedAndIssued() throws Exception {
        try (Browser web = new Browser(Deployments.loopback(deployment))) {
            String reference = investigatorDraftsAndSubmitsABankNotice(web);
            theTeamsOwnSupervisorIsNotOfferedTheDecision(web, reference);
            supervisorReturnsIt(web, reference);
            investigatorNarrowsAndResubmits(web, reference);
            supervisorApprovesWithOverrideReasons(web, reference);
            investigatorIssuesAndDownloadsTheNotice(web, reference);
            investigatorRecordsAndTriagesTheResponse(web, reference);
        }
    }

    private String investigatorDraftsAndSubmitsABankNotice(Browser web) {
        logOn(web, DemoAccount.INVESTIGATOR);
        web.click(By.id("navCases"));
        WebElement unfiltered = web.waitFor(By.id("casesForm:cases"));
        web.choose("casesForm:status", "Investigating");
        web.type(By.id("casesForm:clientNumber"), "100000001");
        web.click(By.id("casesForm:search"));
        new WebDriverWait(web.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(unfiltered));
        web.click(By.id("casesForm:cases:0:open"));
        web.waitForText(By.id("caseStatus"), "Investigating");

        web.click(By.xpath("//ul[@role='tablist']//a[normalize-space()='Requests']"));
        web.waitFor(By.id("caseForm:tabs:draftRequest"));
        web.assertAccessible();
        web.click(By.id("caseForm:tabs:draftRequest"));

        web.waitFor(By.id("requestForm:save"));
        web.assertAccessible();
        web.choose("requestForm:recipient", "Kiwi Community Bank · Bank");
        web.choose("requestForm:items:0:category", "Account statements");
        web.click(By.xpath("//span[contains(@class,'ui-chkbox-label') and normalize-space()='Include Aroha Ngata']"));
        web.click(By.xpath("//label[starts-with(normalize-space(), 'Determining whether a person is, or was, entitled')]"));
        web.type(By.id("requestForm:items:0:description"), "Statements for accounts 12-3456-7890123-00 and 12-3456-7890123-01");
        web.click(By.xpath("//label[normalize-space()='The client could collude with a third party']"));
        web.type(By.id("requestForm:items:0:facts"), "Ben Walker employs the client and told the case officer on 3 June he "
                + "would 'sort the paperwork out with her' before anyone saw it; records from the client could be altered.");
        web.type(By.id("requestForm:items:0:harmExpected"), "Altered statements would hide the shared household.");
        web.type(By.id("requestForm:items:0:whyAlternativesFail"), "The bank holds the only record the client and partner cannot alter.");
        web.type(By.id("requestForm:hypothesis"),
                "The client and Ben Walker share a household and finances; joint deposits would confirm or rule this out.");
        web.type(By.id("requestForm:necessity"), "Only the bank's statements show whether wages were paid into an account the client uses.");
        List<String> alternatives = List.of("Asking would prompt alteration of records: see the exception.",
                "MSD records show a single rate only.", "No information match covers this account.",
                "Nothing public shows payments.", "Interview offered; the client declined.");
        for (int i = 0; i < alternatives.size(); i++) {
            web.type(By.id("requestForm:alternatives:" + i + ":outcome"), alternatives.get(i));
        }
        web.type(By.id("requestForm:proportionality"), "One account holder for the period of the alleged overpayment of about $9,000.");
        web.type(By.id("requestForm:dateRangeReason"), "The range matches the period under investigation exactly.");
        web.type(By.id("requestForm:collateralIntrusion"), "Payers and payees are not recorded unless material to the allegation.");
        web.type(By.id("requestForm:unintendedConsequences"), "None identified; the bank is not the employer of either person.");
        web.type(By.id("requestForm:plannedHandling"), "Only the investigator and approver see the statements; out-of-range pages are quarantined.");
        web.type(By.id("requestForm:subjectNotificationPlan"), "The client is told in writing within 10 working days of issue.");
        web.type(By.id("requestForm:childCareAssessment"), "No child's information is sought.");

        web.click(By.id("requestForm:save"));
        web.waitForText(By.id("messages"), "saved and checked against the Code");
        web.waitForText(By.id("checklist"), "R07");
        Matcher found = REQUEST.matcher(web.text(By.tagName("h1")));
        assertTrue(found.find(), "the saved request is named: " + web.text(By.tagName("h1")));
        assertTrue(web.text(By.id("checklist")).contains("Passed or not applicable"), "the checklist shows every rule");
        web.assertAccessible();

        web.click(By.id("requestForm:submit"));
        web.waitForText(By.id("requestStatus"), "Submitted");
        web.assertAccessible();
        web.logOff();
        return found.group();
    }

    private void theTeamsOwnSupervisorIsNotOfferedTheDecision(Browser web, String reference) {
        logOn(web, DemoAccount.SUPERVISOR);
        web.open("/cases/request.xhtml?ref=" + reference);
        web.waitForText(By.id("notIndependent"), "R22");
        assertTrue(web.driver().findElements(By.id("statusActions:approve")).isEmpty(), "no approve button for the case's own supervisor");
        web.assertAccessible();
        web.logOff();
    }

    private void supervisorReturnsIt(Browser web, String reference) {
        logOn(web, DemoAccount.SUPERVISOR_SOUTH);
        web.click(By.id("navApprovals"));
        web.waitFor(By.id("queueForm:approvalQueue"));
        web.assertAccessible();
        web.click(By.linkText(reference));
        web.waitForText(By.id("checklist"), "R07");
        assertTrue(web.text(By.id("statusActions:casePlan")).contains("Kiwi Community Bank"), "the whole-case plan is shown");
        web.assertAccessible();

        web.click(By.id("statusActions:return"));
        web.waitFor(By.id("returnForm:returnReason"));
        web.assertAccessible();
        web.type(By.id("returnForm:returnReason"), "Ask for the one account the wages are paid into, not both.");
        web.click(By.id("returnForm:confirmReturn"));
        web.waitForText(By.id("requestStatus"), "Returned for rework");
        web.logOff();
    }

    private void investigatorNarrowsAndResubmits(Browser web, String reference) {
        logOn(web, DemoAccount.INVESTIGATOR);
        web.open("/cases/request.xhtml?ref=" + reference);
        web.waitForText(By.id("verdicts"), "Ask for the one account the wages are paid into, not both.");
        web.assertAccessible();
        web.type(By.id("requestForm:items:0:description"), "Statements for account 12-3456-7890123-00");
        web.click(By.id("requestForm:submit"));
        web.waitForText(By.id("requestStatus"), "Submitted");
        web.logOff();
    }

    private void supervisorApprovesWithOverrideReasons(Browser web, String reference) {
        logOn(web, DemoAccount.SUPERVISOR_SOUTH);
        web.click(By.id("navApprovals"));
        web.click(By.linkText(reference));
        web.waitForText(By.id("requestContent"), "Statements for account 12-3456-7890123-00");

        web.click(By.id("statusActions:approve"));
        web.waitFor(By.id("approveForm:approveReason"));
        web.assertAccessible();
        web.type(By.id("approveForm:approveReason"), "Necessary and proportionate: one account, the period only.");
        List<WebElement> overrides = web.driver().findElements(By.cssSelector("textarea[id^='approveForm:overrides:']"));
        assertTrue(web.text(By.id("approveForm")).contains("R07"), "the prejudice exception needs the approver's own reason");
        for (WebElement override : overrides) {
            override.sendKeys("The recorded facts show a specific risk that records would be altered.");
        }
        for (WebElement acknowledgement : web.driver().findElements(By.cssSelector("[id^='approveForm:warnings:'] .ui-chkbox-label"))) {
            acknowledgement.click();
        }
        web.click(By.id("approveForm:confirmApprove"));
        web.waitForText(By.id("requestStatus"), "Approved");
        web.logOff();
    }

    private void investigatorIssuesAndDownloadsTheNotice(Browser web, String reference) throws Exception {
        logOn(web, DemoAccount.INVESTIGATOR);
        web.open("/cases/request.xhtml?ref=" + reference);
        web.click(By.id("statusActions:issue"));
        web.waitFor(By.id("confirmIssue"));
        assertTrue(web.text(By.id("issueConfirm")).contains("can no longer be changed"), "issuing is confirmed first");
        web.assertAccessible();
        web.click(By.id("confirmIssue"));
        web.waitForText(By.id("requestStatus"), "Issued");
        assertTrue(web.driver().findElements(By.id("requestForm:save")).isEmpty(), "the issued page has no edit controls");
        assertTrue(web.text(By.id("checklist")).contains("checked for issue"), "the checklist is the issue-time check");
        String sha256 = web.text(By.id("noticeSha256"));
        assertTrue(sha256.matches("[0-9a-f]{64}"), sha256);
        web.waitFor(By.id("statusActions:downloadNotice"));
        web.assertAccessible();

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(Deployments.loopback(deployment) + "/api/requests/" + reference + "/notice"))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                (DemoAccount.INVESTIGATOR.username() + ":" + DemoAccount.INVESTIGATOR.password())
                                        .getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        assertEquals(sha256, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.body())),
                "the page shows the hash of the exact issued document");
    }

    private void investigatorRecordsAndTriagesTheResponse(Browser web, String reference) throws Exception {
        web.waitFor(By.id("responseForm:files"));
        assertTrue(web.text(By.id("responseSection")).contains("Nothing has been received"), web.text(By.id("responseSection")));
        web.assertAccessible();
        Path folder = Files.createTempDirectory("bank-response");
        Path statements = Files.writeString(folder.resolve("statements.txt"), "Account 12-3456-7890123-00, 1 March to 31 August");
        Path joint = Files.writeString(folder.resolve("joint-account.txt"), "Account 12-3456-7890123-01, not asked for");
        web.type(By.id("responseForm:responseDescription"), "Kiwi Community Bank's reply to the notice");
        web.driver().findElement(By.id("responseForm:files"))
                .sendKeys(statements.toAbsolutePath() + "\n" + joint.toAbsolutePath());
        web.click(By.id("responseForm:recordResponse"));
        web.waitForText(By.id("requestStatus"), "Response received");
        assertTrue(web.text(By.id("triageForm:received")).contains("statements.txt")
                && web.text(By.id("triageForm:received")).contains("joint-account.txt"), web.text(By.id("triageForm:received")));
        web.assertAccessible();

        String inScope = triageLine(web, "statements.txt");
        web.choose(inScope + ":scope", "In scope");
        web.click(By.id("triageForm:triage"));
        web.waitForText(By.id("triageForm"), "Give the reason for your decision on statements.txt.");
        assertEquals("Response received", web.text(By.id("requestStatus")), "a decision without its reason changes nothing");
        web.assertAccessible();
        web.type(By.id(inScope + ":reason"), "The statements of the one account and the period the notice asked for.");
        String outOfScope = triageLine(web, "joint-account.txt");
        web.choose(outOfScope + ":scope", "Out of scope: quarantined");
        web.type(By.id(outOfScope + ":reason"), "A joint account the notice did not ask for.");
        web.click(By.id("triageForm:triage"));
        web.waitForText(By.id("requestStatus"), "Triaged");
        assertTrue(web.text(By.id("triageForm:received")).contains("Out of scope: quarantined"));
        assertTrue(web.text(By.id("awaitingDisposal")).startsWith("1 quarantined document"), web.text(By.id("awaitingDisposal")));
        assertTrue(web.driver().findElements(By.id("triageForm:complete")).isEmpty(), "completion waits for the disposal");

        web.click(By.xpath("//tr[contains(., 'joint-account.txt')]//button[contains(@id, ':dispose')]"));
        web.waitFor(By.id("disposalForm:disposalNote"));
        new WebDriverWait(web.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("disposalForm:disposalNote")));
        web.assertAccessible();
        web.type(By.id("disposalForm:disposalNote"), "Deleted from the file store; the bank was told it was not asked for.");
        web.click(By.id("disposalForm:confirmDisposal"));
        web.waitForText(By.id("triageForm:received"), "Disposed of");

        web.click(By.id("triageForm:complete"));
        web.waitForText(By.id("requestStatus"), "Complete");
        web.assertAccessible();

        web.click(By.id("caseReference"));
        web.click(By.xpath("//ul[@role='tablist']//a[normalize-space()='Evidence']"));
        String disposedRow = "//tr[contains(., 'joint-account.txt')]";
        web.waitForText(By.xpath(disposedRow), "Disposed of");
        assertTrue(web.driver().findElements(By.xpath(disposedRow + "//*[contains(@id, ':download')]")).isEmpty(),
                "disposed material offers no download");
        assertTrue(web.text(By.xpath("//tr[contains(., 'statements.txt')]")).contains("In scope"));
        web.assertAccessible();
        web.logOff();
    }

    /** The client id prefix of the triage fieldset for a received file: the order of uploads is the browser's. */
    private static String triageLine(Browser web, String fileName) {
        WebElement select = web.driver().findElement(By.xpath("//fieldset[legend[contains(., '(" + fileName + ")')]]"
                + "//div[contains(@class, 'ui-selectonemenu')]"));
        String id = select.getAttribute("id");
        return id.substring(0, id.lastIndexOf(':'));
    }

    private static void logOn(Browser web, DemoAccount account) {
        web.logOn(account.username(), account.password());
    }
}
