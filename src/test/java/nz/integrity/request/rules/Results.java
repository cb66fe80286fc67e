package nz.integrity.request.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Outcome assertions that show the rule's own explanation when they fail. */
final class Results {

    private Results() {
    }

    static RuleResult assertPass(RuleResult result) {
        return assertOutcome(Outcome.PASS, result);
    }

    static RuleResult assertFail(RuleResult result) {
        return assertOutcome(Outcome.FAIL, result);
    }

    static RuleResult assertNotApplicable(RuleResult result) {
        return assertOutcome(Outcome.NOT_APPLICABLE, result);
    }

    private static RuleResult assertOutcome(Outcome expected, RuleResult result) {
        assertEquals(expected, result.outcome(), () -> result.ruleId() + ": " + result.explanation());
        return result;
    }
}
