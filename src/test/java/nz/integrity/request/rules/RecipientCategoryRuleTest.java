package nz.integrity.request.rules;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nz.integrity.request.content.InformationCategory;
import nz.integrity.request.content.SampleContent;

import static nz.integrity.request.content.SampleContent.PERIOD_UNDER_INVESTIGATION;
import static nz.integrity.request.rules.Results.assertFail;
import static nz.integrity.request.rules.Results.assertNotApplicable;
import static nz.integrity.request.rules.Results.assertPass;
import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("R15 recipient category")
class RecipientCategoryRuleTest {

    private final Rule rule = new RecipientCategoryRule(SamplePolicy.matrix());

    @Test
    @DisplayName("R15 passes a category the code allows for a bank")
    void passesACategoryTheCodeAllowsForABank() {
        assertPass(rule.evaluate(SampleFacts.issuingABankNotice().build()));
    }

    @Test
    @DisplayName("R15 refuses a category the code does not allow for that recipient")
    void refusesACategoryTheCodeDoesNotAllowForThatRecipient() {
        RuleResult result = assertFail(rule.evaluate(SampleFacts.issuingABankNotice()
                .content(c -> c.items(SampleContent.statements(), SampleContent.item(
                        InformationCategory.HEALTH_OR_MATERNITY_RECORDS, "Birthing records", PERIOD_UNDER_INVESTIGATION)))
                .build()));
        assertEquals("A BANK may not be asked for item 2 (health or maternity records). The Code allows: "
                + "ACCOUNT_HOLDER_DETAILS, ACCOUNT_STATEMENTS, SPECIFIED_TRANSACTIONS.", result.explanation());
    }

    @Test
    @DisplayName("R15 refuses a notice without a recipient")
    void refusesANoticeWithoutARecipient() {
        assertFail(rule.evaluate(SampleFacts.submittingABankNotice().content(SampleContent::noRecipient).build()));
    }

    @Test
    @DisplayName("R15 does not apply to a client request")
    void doesNotApplyToAClientRequest() {
        assertNotApplicable(rule.evaluate(SampleFacts.issuingABankNotice().content(c -> SampleContent.aClientRequest()).build()));
    }
}
