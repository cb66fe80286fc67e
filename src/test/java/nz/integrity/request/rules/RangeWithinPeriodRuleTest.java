package nz.integrity.request.rules;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nz.integrity.request.content.DateRange;
import nz.integrity.request.content.InformationCategory;
import nz.integrity.request.content.SampleContent;

import static nz.integrity.request.content.SampleContent.range;
import static nz.integrity.request.rules.Results.assertFail;
import static nz.integrity.request.rules.Results.assertNotApplicable;
import static nz.integrity.request.rules.Results.assertPass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("R11b range within period")
class RangeWithinPeriodRuleTest {

    private final Rule rule = new RangeWithinPeriodRule(1, SamplePolicy.matrix());

    @Test
    @DisplayName("R11b passes a range equal to the period")
    void passesARangeEqualToThePeriod() {
        assertPass(rule.evaluate(SampleFacts.issuingABankNotice().build()));
    }

    @Test
    @DisplayName("R11b allows the buffer either side")
    void allowsTheBufferEitherSide() {
        assertPass(evaluate(range("2023-06-01", "2024-07-31")));
    }

    @Test
    @DisplayName("R11b escalates a day beyond the buffer")
    void escalatesADayBeyondTheBuffer() {
        RuleResult result = assertFail(evaluate(range("2023-06-01", "2024-08-01")));
        assertEquals(RuleLevel.OVERRIDE, result.level());
        assertTrue(result.explanation().startsWith("Item 1 (account statements) covers 1 June 2023 to 1 August 2024 (14 months), "
                + "beyond the period under investigation 1 July 2023 to 30 June 2024 and its 1-month buffer."), result.explanation());
        assertTrue(result.explanation().endsWith("The approver must record why the longer range is needed."));
    }

    @Test
    @DisplayName("R11b escalates a span longer than the code allows for the recipient type")
    void escalatesASpanLongerThanTheCodeAllowsForTheRecipientType() {
        RuleResult result = assertFail(rule.evaluate(SampleFacts.issuingABankNotice()
                .periodUnderInvestigation(range("2023-01-01", "2024-06-30"))
                .content(c -> c.recipient(SampleContent.TELCO).items(SampleContent.item(
                        InformationCategory.CALL_AND_SMS_METADATA, "Call records for 021 555 0101", range("2023-07-01", "2024-06-30"))))
                .build()));
        assertEquals("Item 1 (call and sms metadata) spans 12 months; the Code's limit for a telco item is 6 months. "
                + "The approver must record why the longer range is needed.", result.explanation());
        assertEquals("6", result.inputs().get("maxSpanMonths"));
    }

    @Test
    @DisplayName("R11b records the applicants reason for the approver")
    void recordsTheApplicantsReasonForTheApprover() {
        RuleResult result = evaluateWithReason(range("2014-07-01", "2024-06-30"), "Wanted to see the full history.");
        assertEquals("Wanted to see the full history.", result.inputs().get("dateRangeReason"));
    }

    @Test
    @DisplayName("R11b cannot compare without a period under investigation")
    void cannotCompareWithoutAPeriodUnderInvestigation() {
        assertNotApplicable(rule.evaluate(SampleFacts.issuingABankNotice().noPeriodUnderInvestigation().build()));
    }

    private RuleResult evaluate(DateRange itemRange) {
        return evaluateWithReason(itemRange, "");
    }

    private RuleResult evaluateWithReason(DateRange itemRange, String reason) {
        return rule.evaluate(SampleFacts.issuingABankNotice()
                .content(c -> c.dateRangeReason(reason).items(SampleContent.item(InformationCategory.ACCOUNT_STATEMENTS,
                        "Statements for account 12-3456-7890123-00", itemRange)))
                .build());
    }
}
