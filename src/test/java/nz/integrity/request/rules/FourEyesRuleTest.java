package nz.integrity.request.rules;

import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nz.integrity.request.content.InformationCategory;
import nz.integrity.request.content.SampleContent;

import static nz.integrity.request.content.SampleContent.range;
import static nz.integrity.request.rules.Results.assertFail;
import static nz.integrity.request.rules.Results.assertNotApplicable;
import static nz.integrity.request.rules.Results.assertPass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("R22 four eyes")
class FourEyesRuleTest {

    private final Rule rule = new FourEyesRule(SamplePolicy.elevation());

    @Test
    @DisplayName("R22 passes an independent approver")
    void passesAnIndependentApprover() {
        assertPass(rule.evaluate(SampleFacts.approvingABankNotice().build()));
    }

    @Test
    @DisplayName("R22 refuses self approval")
    void refusesSelfApproval() {
        RuleResult result = assertFail(rule.evaluate(SampleFacts.approvingABankNotice()
                .approver(approver(SampleFacts.APPLICANT, "UNIT-WLG-2")).build()));
        assertTrue(result.explanation().startsWith("The approver inv-anna is the applicant; nobody may approve their own "
                + "request."), result.explanation());
    }

    @Test
    @DisplayName("R22 refuses an approver who edited the content")
    void refusesAnApproverWhoEditedTheContent() {
        RuleResult result = assertFail(rule.evaluate(SampleFacts.approvingABankNotice()
                .editors(SampleFacts.APPLICANT, SampleFacts.APPROVER).build()));
        assertEquals("The approver sup-wiremu edited the request's content.", result.explanation());
    }

    @Test
    @DisplayName("R22 refuses a member of the case team")
    void refusesAMemberOfTheCaseTeam() {
        RuleResult result = assertFail(rule.evaluate(SampleFacts.approvingABankNotice()
                .approver(approver(SampleFacts.TEAM_MEMBER, "UNIT-WLG-2")).build()));
        assertEquals("The approver inv-tama is on the case's investigation team.", result.explanation());
    }

    @Test
    @DisplayName("R22 allows an approver from the same unit for an ordinary request")
    void allowsAnApproverFromTheSameUnitForAnOrdinaryRequest() {
        assertPass(rule.evaluate(SampleFacts.approvingABankNotice()
                .approver(approver(SampleFacts.APPROVER, SampleFacts.INVESTIGATING_UNIT)).build()));
    }

    @Test
    @DisplayName("R22 requires an elevated request to be approved from outside the unit")
    void requiresAnElevatedRequestToBeApprovedFromOutsideTheUnit() {
        RuleResult result = assertFail(rule.evaluate(SampleFacts.approvingABankNotice()
                .approver(approver(SampleFacts.APPROVER, SampleFacts.INVESTIGATING_UNIT))
                .content(c -> c.recipient(SampleContent.TELCO).items(SampleContent.item(
                        InformationCategory.ACCOUNT_HOLDER_DETAILS, "Subscriber for 021 555 0101", range("2024-01-01", "2024-03-31"))))
                .build()));
        assertEquals("This elevated request must be approved from outside the investigating unit UNIT-AKL-1.",
                result.explanation());
    }

    @Test
    @DisplayName("R22 at issue the recorded approval must be the approvers")
    void atIssueTheRecordedApprovalMustBeTheApprovers() {
        RuleResult result = assertFail(rule.evaluate(SampleFacts.issuingABankNotice().approvalRecordedBy("sup-other").build()));
        assertEquals("The approval was recorded by sup-other, not by sup-wiremu.", result.explanation());
    }

    @Test
    @DisplayName("R22 is not checked at submission")
    void isNotCheckedAtSubmission() {
        assertNotApplicable(rule.evaluate(SampleFacts.submittingABankNotice().build()));
    }

    private static Approver approver(String userId, String unitId) {
        return new Approver(userId, unitId, Optional.of(SampleFacts.delegation()));
    }
}
