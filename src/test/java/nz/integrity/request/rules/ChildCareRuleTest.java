package nz.integrity.request.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nz.integrity.request.content.InformationCategory;
import nz.integrity.request.content.Recipient;
import nz.integrity.party.RecipientType;
import nz.integrity.request.content.SampleContent;

import static nz.integrity.request.content.SampleContent.PERIOD_UNDER_INVESTIGATION;
import static nz.integrity.request.rules.Results.assertFail;
import static nz.integrity.request.rules.Results.assertNotApplicable;
import static nz.integrity.request.rules.Results.assertPass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("R20 child care")
class ChildCareRuleTest {

    private static final Recipient SCHOOL = new Recipient("REG-SCH-1", "Example School", RecipientType.SCHOOL, false);
    private static final String ASSESSMENT = "Only enrolment dates and address; the school is asked not to tell the child.";
    private final Rule rule = new ChildCareRule(18, 40);

    @Test
    @DisplayName("R20 does not apply when no child is involved")
    void doesNotApplyWhenNoChildIsInvolved() {
        assertNotApplicable(rule.evaluate(SampleFacts.issuingABankNotice().build()));
    }

    @Test
    @DisplayName("R20 requires the assessment for school records")
    void requiresTheAssessmentForSchoolRecords() {
        RuleResult result = assertFail(rule.evaluate(schoolNotice("").build()));
        assertEquals("A child is involved (item 1 (school enrolment) is about a child) but the request does not record "
                + "the particular-care assessment (at least 40 characters).", result.explanation());
    }

    @Test
    @DisplayName("R20 passes with the assessment recorded")
    void passesWithTheAssessmentRecorded() {
        assertPass(rule.evaluate(schoolNotice(ASSESSMENT).build()));
    }

    @Test
    @DisplayName("R20 treats a subject under eighteen as a child")
    void treatsASubjectUnderEighteenAsAChild() {
        RuleResult result = assertFail(rule.evaluate(SampleFacts.issuingABankNotice()
                .content(c -> c.subjects(SampleContent.client(), SampleContent.child(LocalDate.parse("2006-09-12")))).build()));
        assertTrue(result.explanation().contains("the subject Child Client (born 2006-09-12) is under 18"));
    }

    @Test
    @DisplayName("R20 treats a subject who turned eighteen today as an adult")
    void treatsASubjectWhoTurnedEighteenTodayAsAnAdult() {
        assertNotApplicable(rule.evaluate(SampleFacts.issuingABankNotice()
                .content(c -> c.subjects(SampleContent.client(), SampleContent.child(LocalDate.parse("2006-09-11")))).build()));
    }

    private static SampleFacts schoolNotice(String assessment) {
        return SampleFacts.issuingABankNotice().content(c -> c.recipient(SCHOOL).childCareAssessment(assessment)
                .items(SampleContent.item(InformationCategory.SCHOOL_ENROLMENT, "Enrolment dates and address of record",
                        PERIOD_UNDER_INVESTIGATION)));
    }
}
