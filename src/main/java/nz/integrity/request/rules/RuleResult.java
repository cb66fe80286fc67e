package nz.integrity.request.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of one rule for one request, self-contained so it can be stored and explained later without the
 * request: why it passed or failed in plain language, and the inputs it looked at.
 *
 * @param inputs the facts and thresholds the rule used, as strings, in the order the rule read them
 */
public record RuleResult(
        String ruleId,
        RuleLevel level,
        String title,
        Outcome outcome,
        String explanation,
        Map<String, String> inputs) {

    public RuleResult {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(explanation, "explanation");
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }

    public static RuleResult pass(Rule rule, String explanation, Map<String, String> inputs) {
        return new RuleResult(rule.id(), rule.level(), rule.title(), Outcome.PASS, explanation, inputs);
    }

    public static RuleResult fail(Rule rule, String explanation, Map<String, String> inputs) {
        return new RuleResult(rule.id(), rule.level(), rule.title(), Outcome.FAIL, explanation, inputs);
    }

    public static RuleResult notApplicable(Rule rule, String explanation, Map<String, String> inputs) {
        return new RuleResult(rule.id(), rule.level(), rule.title(), Outcome.NOT_APPLICABLE, explanation, inputs);
    }

    public boolean failed() {
        return outcome == Outcome.FAIL;
    }

    /** Whether this result is a failure at the given level. */
    public boolean failedAt(RuleLevel failureLevel) {
        return failed() && level == failureLevel;
    }
}
