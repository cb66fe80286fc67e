package nz.integrity.request.rules;

import org.junit.jupiter.api.Test;

import nz.integrity.request.InformationCategory;
import nz.integrity.request.SampleContent;

import static nz.integrity.request.SampleContent.PERIOD_UNDER_INVESTIGATION;
import static nz.integrity.request.rules.Results.assertFail;
import static nz.integrity.request.rules.Results.assertNotApplicable;
import static nz.integrity.request.rules.Results.assertPass;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RecipientCategoryRuleTest {

    private final Rule rule = new RecipientCategoryRule(SamplePolicy.matrix());

    @Test
    void passesACategoryTheCodeAllowsForABank() {
        assertPass(rule.evaluate(SampleFacts.issuingABankNotice().build()));
    }

    @Test
    void refusesACategoryTheCodeDoesNotAllowForThatRecipient() {
        RuleResult result = assertFail(rule.evaluate(SampleFacts.issuingABankNotice()
                .content(c -> c.items(SampleContent.statements(), SampleContent.item(
                        InformationCategory.HEALTH_OR_MATERNITY_RECORDS, "Birthing records", PERIOD_UNDER_INVESTIGATION)))
                .build()));
        assertEquals("A BANK may not be asked for item 2 (health or maternity records). The Code allows: "
                + "ACCOUNT_HOLDER_DETAILS, ACCOUNT_STATEMENTS, SPECIFIED_TRANSACTIONS.", result.explanation());
    }

    @Test
    void refusesANoticeWithoutARecipient() {
        assertFail(rule.evaluate(SampleFacts.submittingABankNotice().content(SampleContent::noRecipient).build()));
    }

    @Test
    void doesNotApplyToAClientRequest() {
        assertNotApplicable(rule.evaluate(SampleFacts.issuingABankNotice().content(c -> SampleContent.aClientRequest()).build()));
    }
}
