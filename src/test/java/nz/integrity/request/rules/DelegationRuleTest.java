package nz.integrity.request.rules;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nz.integrity.request.content.InformationCategory;
import nz.integrity.request.content.RequestType;
import nz.integrity.request.content.SampleContent;

import static nz.integrity.request.content.SampleContent.range;
import static nz.integrity.request.rules.Results.assertFail;
import static nz.integrity.request.rules.Results.assertNotApplicable;
import static nz.integrity.request.rules.Results.assertPass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("R21 delegation")
class DelegationRuleTest {

    private final Rule rule = new DelegationRule(SamplePolicy.elevation());

    @Test
    @DisplayName("R21 passes a current delegation at the right level")
    void passesACurrentDelegationAtTheRightLevel() {
        RuleResult result = assertPass(rule.evaluate(SampleFacts.approvingABankNotice().build()));
        assertEquals("DI-2023-17", result.inputs().get("delegation"));
    }

    @Test
    @DisplayName("R21 refuses an approver without delegation")
    void refusesAnApproverWithoutDelegation() {
        RuleResult result = assertFail(evaluateWith(Optional.empty()));
        assertEquals("The approver sup-wiremu holds no delegation for this power.", result.explanation());
    }

    @Test
    @DisplayName("R21 refuses a lapsed delegation")
    void refusesALapsedDelegation() {
        RuleResult result = assertFail(evaluateWith(Optional.of(delegation(ApprovalLevel.ELEVATED, Optional.of("2024-06-30")))));
        assertEquals("Delegation DI-9 is not in force on 2024-09-11.", result.explanation());
    }

    @Test
    @DisplayName("R21 refuses a delegation for another type of request")
    void refusesADelegationForAnotherTypeOfRequest() {
        Delegation clientOnly = new Delegation("DI-9", Set.of(RequestType.CLIENT_REQUEST), ApprovalLevel.ELEVATED,
                LocalDate.parse("2023-01-01"), Optional.empty());
        assertTrue(assertFail(evaluateWith(Optional.of(clientOnly))).explanation().contains("does not cover a THIRD_PARTY_NOTICE"));
    }

    @Test
    @DisplayName("R21 refuses a standard delegation for an elevated request")
    void refusesAStandardDelegationForAnElevatedRequest() {
        RuleResult result = assertFail(rule.evaluate(SampleFacts.approvingABankNotice()
                .approver(new Approver(SampleFacts.APPROVER, "UNIT-WLG-2",
                        Optional.of(delegation(ApprovalLevel.STANDARD, Optional.empty()))))
                .content(c -> c.recipient(SampleContent.TELCO).items(SampleContent.item(
                        InformationCategory.ACCOUNT_HOLDER_DETAILS, "Subscriber for 021 555 0101", range("2024-01-01", "2024-03-31"))))
                .build()));
        assertEquals("This request needs an ELEVATED approver; delegation DI-9 is STANDARD.", result.explanation());
    }

    @Test
    @DisplayName("R21 at issue judges the delegation on the approval date")
    void atIssueJudgesTheDelegationOnTheApprovalDate() {
        // Valid when the approval was given on 9 September, lapsed by the issue date.
        RuleResult result = assertPass(rule.evaluate(SampleFacts.issuingABankNotice()
                .approver(new Approver(SampleFacts.APPROVER, "UNIT-WLG-2",
                        Optional.of(delegation(ApprovalLevel.ELEVATED, Optional.of("2024-09-10")))))
                .build()));
        assertEquals("2024-09-09", result.inputs().get("decisionDate"));
    }

    @Test
    @DisplayName("R21 is not checked at submission")
    void isNotCheckedAtSubmission() {
        assertNotApplicable(rule.evaluate(SampleFacts.submittingABankNotice().build()));
    }

    @Test
    @DisplayName("R21 refuses approval without an approver")
    void refusesApprovalWithoutAnApprover() {
        assertFail(rule.evaluate(SampleFacts.approvingABankNotice().noApprover().build()));
    }

    private RuleResult evaluateWith(Optional<Delegation> delegation) {
        return rule.evaluate(SampleFacts.approvingABankNotice()
                .approver(new Approver(SampleFacts.APPROVER, "UNIT-WLG-2", delegation)).build());
    }

    private static Delegation delegation(ApprovalLevel level, Optional<String> until) {
        return new Delegation("DI-9", Set.of(RequestType.values()), level, LocalDate.parse("2023-01-01"),
                until.map(LocalDate::parse));
    }
}
