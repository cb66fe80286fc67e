package nz.integrity.request.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nz.integrity.request.content.ClientFirstBasis.PrejudiceException;
import nz.integrity.request.content.IllegalTransitionException;
import nz.integrity.request.content.InformationCategory;
import nz.integrity.request.content.NoticeTerms;
import nz.integrity.request.content.PrejudiceGround;
import nz.integrity.request.content.RequestStatus;
import nz.integrity.request.content.SampleContent;
import nz.integrity.request.content.Subject;
import nz.integrity.investigation.SubjectRole;

import static nz.integrity.request.content.SampleContent.PERIOD_UNDER_INVESTIGATION;
import static nz.integrity.request.content.SampleContent.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The failure modes the Privacy Commissioner found in 2019, replayed against the shipped 2021 Code data. Each
 * must be blocked (a HARD failure nobody can clear) or escalated (an OVERRIDE failure that stays outstanding
 * until the approver records a reason, which is then on the record).
 */
class OpcInquiry2019ScenarioTest {

    private static final RuleSet CODE = RuleSetLoader.loadCatalogue(SampleFacts.CALENDAR).applicableOn(SampleFacts.TODAY);

    @Test
    void controlACleanNoticePassesEveryCheckpointWithNothingToOverride() {
        for (SampleFacts facts : List.of(SampleFacts.submittingABankNotice(), SampleFacts.approvingABankNotice(),
                SampleFacts.issuingABankNotice())) {
            CheckReport report = CODE.evaluate(facts.build());
            assertTrue(report.clearance(List.of(), Set.of()).isClear(), () -> describe(report));
        }
    }

    @Test
    void blanketPrejudiceExceptionWithoutFactsIsBlocked() {
        PrejudiceException blanket = new PrejudiceException(Set.of(PrejudiceGround.DESTRUCTION_OR_ALTERATION_OF_EVIDENCE),
                "High risk case. Asking the client first would prejudice the maintenance of the law.",
                "Client may be tipped off.", "Standard practice in high risk cases.");
        CheckReport report = evaluate(SampleFacts.approvingABankNotice().content(c -> c.items(SampleContent.item(
                InformationCategory.ACCOUNT_STATEMENTS, "Statements for account 12-3456-7890123-00",
                PERIOD_UNDER_INVESTIGATION, blanket))));

        assertBlockedBy(report, "R06");
        // Even the approver's blessing of the exception cannot clear it.
        assertFalse(report.clearance(List.of(approverReason("R07")), Set.of()).isClear());
    }

    @Test
    void aGenuineExceptionIsEscalatedAndTheApplicantCannotApproveItThemselves() {
        CheckReport report = evaluate(SampleFacts.approvingABankNotice().content(c -> c.items(SampleContent.item(
                InformationCategory.ACCOUNT_STATEMENTS, "Statements for account 12-3456-7890123-00",
                PERIOD_UNDER_INVESTIGATION, SampleContent.genuineException()))));

        assertEscalatedTo(report, "R07");
        OverrideReason byApplicant = new OverrideReason("R07", SampleFacts.APPLICANT, "I am sure it is needed.");
        assertFalse(report.clearance(List.of(byApplicant), Set.of()).isClear());
    }

    @Test
    void allFinancialInformationIsBlocked() {
        CheckReport report = evaluate(SampleFacts.approvingABankNotice().content(c -> c.items(SampleContent.item(
                InformationCategory.SPECIFIED_TRANSACTIONS, "All financial information held about Aroha Client",
                PERIOD_UNDER_INVESTIGATION))));

        RuleResult r10 = assertBlockedBy(report, "R10");
        assertTrue(r10.explanation().contains("\"all financial information\""));
    }

    @Test
    void tenYearsOfBankRecordsForOneYearOfBenefitIsEscalated() {
        CheckReport report = evaluate(SampleFacts.approvingABankNotice().content(c -> c
                .dateRangeReason("To see the whole history.")
                .items(SampleContent.item(InformationCategory.ACCOUNT_STATEMENTS,
                        "Statements for account 12-3456-7890123-00", range("2014-07-01", "2024-06-30")))));

        RuleResult r11b = assertEscalatedTo(report, "R11b");
        assertTrue(r11b.explanation().contains("(120 months), beyond the period under investigation 1 July 2023 to 30 June 2024"));
        assertTrue(r11b.explanation().contains("the Code's limit for a bank item is 24 months"));
        assertEquals("To see the whole history.", r11b.inputs().get("dateRangeReason"));
    }

    @Test
    void textMessageContentFromATelcoIsBlocked() {
        CheckReport asCategory = evaluate(SampleFacts.approvingABankNotice().content(c -> c.recipient(SampleContent.TELCO)
                .items(SampleContent.item(InformationCategory.COMMUNICATIONS_CONTENT, "Texts with 021 555 0101",
                        range("2024-01-01", "2024-03-31")))));
        assertBlockedBy(asCategory, "R16");
        assertBlockedBy(asCategory, "R15");

        CheckReport asMetadata = evaluate(SampleFacts.approvingABankNotice().content(c -> c.recipient(SampleContent.TELCO)
                .items(SampleContent.item(InformationCategory.CALL_AND_SMS_METADATA,
                        "Every text message sent and received by 021 555 0101", range("2024-01-01", "2024-03-31")))));
        assertBlockedBy(asMetadata, "R16");
        // Any telco request at all is escalated to a senior approver.
        assertEscalatedTo(asMetadata, "R17");
    }

    @Test
    void aPartnerTargetedWithoutTheirOwnJustificationIsBlocked() {
        Subject partner = new Subject("P-200", SubjectRole.PARTNER, "Ben Partner",
                Optional.of(LocalDate.parse("1983-02-01")), "", "");
        CheckReport report = evaluate(SampleFacts.approvingABankNotice()
                .content(c -> c.subjects(SampleContent.client(), partner)));

        assertBlockedBy(report, "R14a");
        assertEscalatedTo(report, "R14b");
    }

    @Test
    void selfApprovalIsBlocked() {
        CheckReport report = evaluate(SampleFacts.approvingABankNotice()
                .approver(new Approver(SampleFacts.APPLICANT, "UNIT-AKL-1", Optional.of(SampleFacts.delegation()))));

        assertBlockedBy(report, "R22");
    }

    @Test
    void approvalByAMemberOfTheCaseTeamIsBlocked() {
        CheckReport report = evaluate(SampleFacts.approvingABankNotice()
                .approver(new Approver(SampleFacts.TEAM_MEMBER, "UNIT-WLG-2", Optional.of(SampleFacts.delegation()))));

        RuleResult r22 = assertBlockedBy(report, "R22");
        assertTrue(r22.explanation().contains("is on the case's investigation team"));
    }

    @Test
    void anEditAfterApprovalVoidsItAndBlocksIssue() {
        CheckReport report = evaluate(SampleFacts.issuingABankNotice()
                .approvedContent(SampleContent.aBankNotice().build())
                .content(c -> c.items(SampleContent.item(InformationCategory.ACCOUNT_STATEMENTS,
                        "Statements for accounts 12-3456-7890123-00 and -01", PERIOD_UNDER_INVESTIGATION))));

        RuleResult r26 = assertBlockedBy(report, "R26");
        assertTrue(r26.explanation().contains("content has changed since it was approved"));
        // The lifecycle agrees: the approval is voided back to draft, and a draft cannot be issued.
        RequestStatus afterEdit = RequestStatus.APPROVED.voidApprovalAfterContentChange();
        assertSame(RequestStatus.DRAFT, afterEdit);
        assertThrows(IllegalTransitionException.class, afterEdit::issue);
    }

    @Test
    void issueAfterTheApprovalHasLapsedIsBlocked() {
        CheckReport report = evaluate(SampleFacts.issuingABankNotice()
                .on(LocalDate.parse("2024-10-08"))
                .notice(new NoticeTerms(LocalDate.parse("2024-10-08"), LocalDate.parse("2024-10-22"), "By secure email")));

        RuleResult r26 = assertBlockedBy(report, "R26");
        assertTrue(r26.explanation().contains("lapsed after 2024-10-07"));
        assertThrows(IllegalTransitionException.class, RequestStatus.APPROVED.expireApproval()::issue);
    }

    @Test
    void aNoticeDueInFewerThanFiveWorkingDaysIsBlocked() {
        CheckReport report = evaluate(SampleFacts.issuingABankNotice()
                .notice(new NoticeTerms(SampleFacts.TODAY, LocalDate.parse("2024-09-17"), "By secure email")));

        RuleResult r02 = assertBlockedBy(report, "R02");
        assertEquals("4", r02.inputs().get("workingDaysAllowed"));
    }

    @Nested
    class AnEscalationIsClearedOnlyByTheApproversRecordedReason {

        @Test
        void theApproversReasonClearsItAndStaysOnTheRecord() {
            CheckReport report = evaluate(SampleFacts.approvingABankNotice().content(c -> c.items(SampleContent.item(
                    InformationCategory.ACCOUNT_STATEMENTS, "Statements for account 12-3456-7890123-00",
                    range("2023-03-01", "2024-06-30")))));
            OverrideReason reason = approverReason("R11b");
            assertTrue(report.clearance(List.of(reason), Set.of()).isClear(), () -> describe(report));
            assertEquals(List.of("R11b"), report.failuresNeedingOverrideReason().stream().map(RuleResult::ruleId).toList());
        }
    }

    private static CheckReport evaluate(SampleFacts facts) {
        return CODE.evaluate(facts.build());
    }

    private static OverrideReason approverReason(String ruleId) {
        return new OverrideReason(ruleId, SampleFacts.APPROVER, "Reviewed the case plan; the wider range is needed "
                + "because the first deposit pre-dates the period.");
    }

    private static RuleResult assertBlockedBy(CheckReport report, String ruleId) {
        RuleResult result = report.resultOf(ruleId).orElseThrow();
        assertTrue(report.blockingFailures().contains(result), () -> ruleId + " should block. " + describe(report));
        assertFalse(report.clearance(List.of(approverReason(ruleId)), Set.of(ruleId)).isClear());
        return result;
    }

    private static RuleResult assertEscalatedTo(CheckReport report, String ruleId) {
        RuleResult result = report.resultOf(ruleId).orElseThrow();
        assertTrue(report.failuresNeedingOverrideReason().contains(result), () -> ruleId + " should escalate. " + describe(report));
        assertTrue(report.clearance(List.of(), Set.of()).overridesWithoutReason().contains(result));
        assertFalse(report.clearance(List.of(approverReason(ruleId)), Set.of()).overridesWithoutReason().contains(result));
        return result;
    }

    private static String describe(CheckReport report) {
        StringBuilder text = new StringBuilder();
        report.results().stream().filter(RuleResult::failed)
                .forEach(r -> text.append('\n').append(r.ruleId()).append(' ').append(r.level()).append(": ").append(r.explanation()));
        return text.toString();
    }
}
