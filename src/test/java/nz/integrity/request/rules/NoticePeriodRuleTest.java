package nz.integrity.request.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nz.integrity.request.content.NoticeTerms;
import nz.integrity.request.content.SampleContent;

import static nz.integrity.request.rules.Results.assertFail;
import static nz.integrity.request.rules.Results.assertNotApplicable;
import static nz.integrity.request.rules.Results.assertPass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("R02 notice period")
class NoticePeriodRuleTest {

    private static final LocalDate MONDAY = LocalDate.parse("2024-09-09");
    private final Rule rule = new NoticePeriodRule(SampleFacts.CALENDAR, 5);

    @Test
    @DisplayName("R02 passes with exactly five working days")
    void passesWithExactlyFiveWorkingDays() {
        RuleResult result = assertPass(evaluate(new NoticeTerms(MONDAY, LocalDate.parse("2024-09-16"), "By email")));
        assertEquals("5", result.inputs().get("workingDaysAllowed"));
    }

    @Test
    @DisplayName("R02 fails with four working days")
    void failsWithFourWorkingDays() {
        RuleResult result = assertFail(evaluate(new NoticeTerms(MONDAY, LocalDate.parse("2024-09-13"), "By email")));
        assertEquals("Given on 2024-09-09 and due on 2024-09-13, the notice allows 4 working days; Schedule 6 "
                + "clause 2 requires at least 5.", result.explanation());
    }

    @Test
    @DisplayName("R02 counts working days not calendar days")
    void countsWorkingDaysNotCalendarDays() {
        // Seven calendar days, but a public holiday on the Wednesday leaves four working days.
        Rule withHoliday = new NoticePeriodRule(new WeekdayCalendar(LocalDate.parse("2024-09-11")), 5);
        assertFail(withHoliday.evaluate(SampleFacts.issuingABankNotice()
                .notice(new NoticeTerms(MONDAY, LocalDate.parse("2024-09-16"), "By email")).build()));
    }

    @Test
    @DisplayName("R02 fails when the manner of compliance is not stated")
    void failsWhenTheMannerOfComplianceIsNotStated() {
        RuleResult result = assertFail(evaluate(new NoticeTerms(MONDAY, LocalDate.parse("2024-09-30"), " ")));
        assertEquals("The notice does not state the manner in which to comply.", result.explanation());
    }

    @Test
    @DisplayName("R02 fails at issue when the notice has no dates")
    void failsAtIssueWhenTheNoticeHasNoDates() {
        assertFail(rule.evaluate(SampleFacts.issuingABankNotice().noNotice().build()));
    }

    @Test
    @DisplayName("R02 waits for issue before the dates are set")
    void waitsForIssueBeforeTheDatesAreSet() {
        assertNotApplicable(rule.evaluate(SampleFacts.submittingABankNotice().noNotice().build()));
        assertNotApplicable(rule.evaluate(SampleFacts.approvingABankNotice().noNotice().build()));
    }

    @Test
    @DisplayName("R02 does not apply to a client request")
    void doesNotApplyToAClientRequest() {
        assertNotApplicable(rule.evaluate(SampleFacts.issuingABankNotice().content(c -> SampleContent.aClientRequest()).build()));
    }

    @Test
    @DisplayName("R02 records the dates and threshold")
    void recordsTheDatesAndThreshold() {
        RuleResult result = rule.evaluate(SampleFacts.issuingABankNotice().build());
        assertEquals("2024-09-11", result.inputs().get("givenOn"));
        assertEquals("2024-09-25", result.inputs().get("dueOn"));
        assertEquals("5", result.inputs().get("minimumWorkingDays"));
        assertTrue(result.explanation().contains("10 working days"));
    }

    private RuleResult evaluate(NoticeTerms notice) {
        return rule.evaluate(SampleFacts.issuingABankNotice().notice(notice).build());
    }
}
