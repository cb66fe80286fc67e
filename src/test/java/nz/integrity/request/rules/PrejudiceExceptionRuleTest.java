package nz.integrity.request.rules;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nz.integrity.request.content.InformationCategory;
import nz.integrity.request.content.SampleContent;

import static nz.integrity.request.content.SampleContent.PERIOD_UNDER_INVESTIGATION;
import static nz.integrity.request.rules.Results.assertFail;
import static nz.integrity.request.rules.Results.assertNotApplicable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("R07 prejudice exception")
class PrejudiceExceptionRuleTest {

    private final Rule rule = new PrejudiceExceptionRule();

    @Test
    @DisplayName("R07 escalates every use of the exception to the approver")
    void escalatesEveryUseOfTheExceptionToTheApprover() {
        RuleResult result = assertFail(rule.evaluate(SampleFacts.issuingABankNotice()
                .content(c -> c.items(SampleContent.statements(), SampleContent.item(InformationCategory.ACCOUNT_HOLDER_DETAILS,
                        "Holders of account 12-3456-7890123-00", PERIOD_UNDER_INVESTIGATION, SampleContent.genuineException())))
                .build()));
        assertEquals(RuleLevel.OVERRIDE, result.level());
        assertTrue(result.explanation().startsWith("The client is not being asked first for item 2 (account holder details)"),
                result.explanation());
        assertTrue(result.inputs().get("item[2].exceptionFacts").startsWith("The employer is the client's brother"));
        assertTrue(!result.inputs().containsKey("item[1].exceptionFacts"));
    }

    @Test
    @DisplayName("R07 does not apply when the client was asked first")
    void doesNotApplyWhenTheClientWasAskedFirst() {
        assertNotApplicable(rule.evaluate(SampleFacts.issuingABankNotice().build()));
    }
}
