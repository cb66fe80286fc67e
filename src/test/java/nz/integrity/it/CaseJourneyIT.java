package nz.integrity.it;

import nz.integrity.demo.DemoData.DemoAccount;
import nz.integrity.platform.time.NewZealandTime;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The case journey in a real browser: an investigator records a referral and proposes an investigation, the
 * supervisor approves it, the investigator keeps the diary and registers evidence; another team's investigator
 * cannot open the case. Every page, tab and dialog on the way is checked by axe.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseJourneyIT {

    private static final Pattern REFERENCE = Pattern.compile("INV-\\d{4}-\\d{6}");
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @ArquillianResource
    URL deployment;

    @Test
    void referralIsApprovedByTheSupervisorAndWorkedOnOnlyWithinItsTeam() throws Exception {
        try (Browser web = new Browser(Deployments.loopback(deployment))) {
            String reference = investigatorRecordsAReferralAndProposesAnInvestigation(web);
            supervisorApprovesOpeningTheInvestigation(web, reference);
            investigatorKeepsTheDiaryAndRegistersEvidence(web, reference);
            anotherTeamsInvestigatorCannotOpenTheCase(web, reference);
        }
    }

    private String investigatorRecordsAReferralAndProposesAnInvestigation(Browser web) {
        web.logOn(DemoAccount.INVESTIGATOR.username(), DemoAccount.INVESTIGATOR.password());
        web.waitFor(By.id("myOpenCasesHeading"));
        web.assertAccessible();

        web.click(By.id("navCases"));
        web.waitFor(By.id("casesForm:cases"));
        web.assertAccessible();

        web.click(By.id("recordReferral"));
        web.waitFor(By.id("referralForm:record"));
        web.click(By.id("referralForm:record"));
        web.waitForText(By.id("referralForm"), "Summarise the allegation in at least 10 characters.");
        assertTrue(web.text(By.id("referralForm")).contains("Choose how the referral came in."), "field messages at their inputs");
        web.assertAccessible();

        web.choose("referralForm:referralSource", "Data match");
        web.type(By.id("referralForm:dataMatchChannel"), "Customs arrivals and departures AISA");
        web.choose("referralForm:allegationType", "Overseas travel");
        web.type(By.id("referralForm:allegationSummary"), "Customs match shows a departure without a return while benefit was paid.");
        web.type(By.id("referralForm:periodFrom_input"), "01/02/2025");
        web.type(By.id("referralForm:periodTo_input"), "31/12/2025");
        web.click(By.id("referralForm:record"));

        web.waitForText(By.id("caseStatus"), "Referral");
        assertTrue(web.text(By.id("messages")).contains("Referral recorded as case"));
        Matcher found = REFERENCE.matcher(web.text(By.tagName("h1")));
        assertTrue(found.find(), "the case page names the case");
        String reference = found.group();
        web.assertAccessible();

        decide(web, "START_TRIAGE", "Data match is specific and recent", "Triage");
        web.click(By.cssSelector("[data-action='PROPOSE_INVESTIGATION']"));
        web.waitFor(By.id("transitionForm:reason"));
        web.assertAccessible();
        web.click(By.id("transitionForm:confirmTransition"));
        web.waitForText(By.id("transitionForm"), "Give a reason of at least 5 characters.");
        web.type(By.id("transitionForm:reason"), "Travel dates overlap eleven weeks of paid benefit");
        web.click(By.id("transitionForm:confirmTransition"));
        web.waitForText(By.id("caseStatus"), "Investigation proposed");
        assertFalse(web.isPresent(By.cssSelector("[data-action='APPROVE_INVESTIGATION']")),
                "an investigator is not offered the supervisor's decision");
        web.logOff();
        return reference;
    }

    private void supervisorApprovesOpeningTheInvestigation(Browser web, String reference) {
        web.logOn(DemoAccount.SUPERVISOR.username(), DemoAccount.SUPERVISOR.password());
        web.waitFor(By.id("awaitingDecision"));
        web.assertAccessible();
        web.click(By.linkText(reference));

        web.waitForText(By.id("caseStatus"), "Investigation proposed");
        decide(web, "APPROVE_INVESTIGATION", "Grounds are specific and an investigation is proportionate", "Investigating");
        web.waitForText(By.id("caseForm:tabs:decisions"), "Grounds are specific and an investigation is proportionate");
        openTab(web, "Audit trail", "caseForm:tabs:auditEvents");
        web.waitForText(By.id("caseForm:tabs:auditEvents"), "Case approve investigation");
        web.assertAccessible();
        web.logOff();
    }

    private void investigatorKeepsTheDiaryAndRegistersEvidence(Browser web, String reference) throws Exception {
        web.logOn(DemoAccount.INVESTIGATOR.username(), DemoAccount.INVESTIGATOR.password());
        web.click(By.id("navCases"));
        web.type(By.id("casesForm:reference"), reference);
        WebElement unfiltered = web.waitFor(By.id("casesForm:cases"));
        web.click(By.id("casesForm:search"));
        new WebDriverWait(web.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(unfiltered));
        assertEquals(1, web.driver().findElements(By.cssSelector("[id='casesForm:cases_data'] > tr")).size(),
                "the reference filter finds exactly the case");
        web.assertAccessible();
        web.click(By.linkText(reference));
        web.waitForText(By.id("caseStatus"), "Investigating");

        openTab(web, "Subjects", "caseForm:tabs:subjectClientNumber");
        web.type(By.id("caseForm:tabs:subjectClientNumber"), "100000003");
        web.choose("caseForm:tabs:subjectRole", "Client");
        web.click(By.id("caseForm:tabs:addSubject"));
        web.waitForText(By.id("caseForm:tabs:subjects"), "Mere Thompson");
        web.assertAccessible();

        openTab(web, "Diary", "caseForm:tabs:diaryText");
        web.assertAccessible();
        web.type(By.id("caseForm:tabs:diaryText"), "Phoned Customs liaison; travel record confirmed for March.");
        web.click(By.id("caseForm:tabs:addDiaryEntry"));
        web.waitForText(By.id("caseForm:tabs:diary"), "travel record confirmed for March");
        web.click(By.id("caseForm:tabs:diary:0:correct"));
        new WebDriverWait(web.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> "1".equals(d.findElement(By.id("caseForm:tabs:diaryCorrects")).getAttribute("value")));
        web.type(By.id("caseForm:tabs:diaryText"), "Correction: the travel record is for April, not March.");
        web.click(By.id("caseForm:tabs:addDiaryEntry"));
        web.waitForText(By.id("caseForm:tabs:diary"), "Corrects entry 1: Correction: the travel record is for April");

        openTab(web, "Evidence", "caseForm:tabs:evidenceDescription");
        web.assertAccessible();
        byte[] content = "Customs movement record, passenger 4471, departed AKL 2025-03-02\n".getBytes(StandardCharsets.UTF_8);
        Path file = Files.createTempFile("customs-record", ".txt");
        try {
            Files.write(file, content);
            web.type(By.id("caseForm:tabs:evidenceDescription"), "Customs movement record");
            web.type(By.id("caseForm:tabs:evidenceSource"), "New Zealand Customs Service");
            web.type(By.id("caseForm:tabs:evidenceLegalChannel"), "Customs arrivals and departures AISA");
            web.type(By.id("caseForm:tabs:evidencePurpose"), "Establish dates the client was overseas");
            web.type(By.id("caseForm:tabs:evidenceCollectedOn_input"),
                    LocalDate.now(NewZealandTime.ZONE).minusDays(2).format(DAY_FIRST));
            web.driver().findElement(By.cssSelector("input[type='file']")).sendKeys(file.toAbsolutePath().toString());
            web.click(By.id("caseForm:tabs:addEvidence"));
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            web.waitForText(By.id("caseForm:tabs:evidence"), sha256);
        } finally {
            Files.deleteIfExists(file);
        }
        String register = web.text(By.id("caseForm:tabs:evidence"));
        assertTrue(register.contains("New Zealand Customs Service") && register.contains("Establish dates the client was overseas"),
                "the register shows the provenance");
        assertTrue(web.text(By.id("messages")).contains("Evidence registered"));
        web.assertAccessible();
        web.logOff();
    }

    private void anotherTeamsInvestigatorCannotOpenTheCase(Browser web, String reference) {
        web.logOn(DemoAccount.INVESTIGATOR_SOUTH.username(), DemoAccount.INVESTIGATOR_SOUTH.password());
        web.open("/cases/case.xhtml?ref=" + reference);
        assertEquals("Page not found", web.text(By.tagName("h1")));
        assertFalse(web.text(By.tagName("main")).contains(reference), "nothing of the case is shown");
        web.assertAccessible();
        web.open("/index.xhtml");
        web.logOff();
    }

    /** Opens the transition dialog for an action, checks it with axe, records the reason and waits for the new status. */
    private void decide(Browser web, String action, String reason, String expectedStatus) {
        web.click(By.cssSelector("[data-action='" + action + "']"));
        web.waitFor(By.id("transitionForm:reason"));
        web.assertAccessible();
        web.type(By.id("transitionForm:reason"), reason);
        web.click(By.id("transitionForm:confirmTransition"));
        web.waitForText(By.id("caseStatus"), expectedStatus);
        assertTrue(web.text(By.id("messages")).contains("Recorded:"));
    }

    private static void openTab(Browser web, String title, String inputInTab) {
        web.click(By.xpath("//ul[@role='tablist']//a[normalize-space()='" + title + "']"));
        web.waitFor(By.id(inputInTab));
    }
}
