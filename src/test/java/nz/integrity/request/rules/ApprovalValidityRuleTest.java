package nz.integrity.request.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nz.integrity.request.content.SampleContent;

import static nz.integrity.request.rules.Results.assertFail;
import static nz.integrity.request.rules.Results.assertNotApplicable;
import static nz.integrity.request.rules.Results.assertPass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@DisplayName("R26 approval validity")
class ApprovalValidityRuleTest {

    private final Rule rule = new ApprovalValidityRule(SampleFacts.CALENDAR, 20);

    @Test
    @DisplayName("R26 passes unchanged content within the approvals life")
    void passesUnchangedContentWithinTheApprovalsLife() {
        RuleResult result = assertPass(rule.evaluate(SampleFacts.issuingABankNotice().build()));
        assertEquals("2024-10-07", result.inputs().get("lastValidDay"));
        assertEquals(result.inputs().get("approvedContentHash"), result.inputs().get("currentContentHash"));
    }

    @Test
    @DisplayName("R26 refuses content changed after approval")
    void refusesContentChangedAfterApproval() {
        RuleResult result = assertFail(rule.evaluate(SampleFacts.issuingABankNotice()
                .approvedContent(SampleContent.aBankNotice().build())
                .content(c -> c.necessity("Changed after approval to justify a wider request than was approved."))
                .build()));
        assertEquals("The content has changed since it was approved on 2024-09-09; the approval is void and the "
                + "request must be approved again.", result.explanation());
        assertNotEquals(result.inputs().get("approvedContentHash"), result.inputs().get("currentContentHash"));
    }

    @Test
    @DisplayName("R26 can still be issued on the last valid day")
    void canStillBeIssuedOnTheLastValidDay() {
        assertPass(rule.evaluate(SampleFacts.issuingABankNotice().on(LocalDate.parse("2024-10-07")).build()));
    }

    @Test
    @DisplayName("R26 refuses issue the working day after the approval lapses")
    void refusesIssueTheWorkingDayAfterTheApprovalLapses() {
        RuleResult result = assertFail(rule.evaluate(SampleFacts.issuingABankNotice().on(LocalDate.parse("2024-10-08")).build()));
        assertEquals("The approval of 2024-09-09 lapsed after 2024-10-07 (20 working days); it must be approved again.",
                result.explanation());
    }

    @Test
    @DisplayName("R26 refuses issue without approval")
    void refusesIssueWithoutApproval() {
        assertEquals("The request has no recorded approval.",
                assertFail(rule.evaluate(SampleFacts.issuingABankNotice().noApproval().build())).explanation());
    }

    @Test
    @DisplayName("R26 is checked only at issue")
    void isCheckedOnlyAtIssue() {
        assertNotApplicable(rule.evaluate(SampleFacts.approvingABankNotice().build()));
    }
}
