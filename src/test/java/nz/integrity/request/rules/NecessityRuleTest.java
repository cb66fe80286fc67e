package nz.integrity.request.rules;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static nz.integrity.request.rules.Results.assertFail;
import static nz.integrity.request.rules.Results.assertPass;
import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("R12 necessity")
class NecessityRuleTest {

    private final Rule rule = new NecessityRule(40);

    @Test
    @DisplayName("R12 passes when hypothesis and necessity are stated")
    void passesWhenHypothesisAndNecessityAreStated() {
        assertPass(rule.evaluate(SampleFacts.issuingABankNotice().build()));
    }

    @Test
    @DisplayName("R12 refuses a one word necessity")
    void refusesAOneWordNecessity() {
        RuleResult result = assertFail(rule.evaluate(SampleFacts.issuingABankNotice()
                .content(c -> c.necessity("Fraud.")).build()));
        assertEquals("The request does not adequately state why this information, from this source, is needed now "
                + "(at least 40 characters each).", result.explanation());
        assertEquals("6", result.inputs().get("necessityCharacters"));
    }

    @Test
    @DisplayName("R12 does not count padding towards the minimum")
    void doesNotCountPaddingTowardsTheMinimum() {
        RuleResult result = assertFail(rule.evaluate(SampleFacts.issuingABankNotice()
                .content(c -> c.hypothesis("  income                                   ")).build()));
        assertEquals("The request does not adequately state the allegation or question this request tests and the "
                + "answer expected (at least 40 characters each).", result.explanation());
    }
}
