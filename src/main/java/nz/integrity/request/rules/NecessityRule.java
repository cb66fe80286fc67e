package nz.integrity.request.rules;

import java.util.ArrayList;
import java.util.List;

import nz.integrity.request.content.Justification;
import nz.integrity.request.content.Text;

import static nz.integrity.request.rules.Inputs.inputs;

/**
 * R12: a request must say which allegation or question it tests and why this information, from this source,
 * is needed now. Necessity and proportionality were the commonest reason for returns in the UK regime
 * (52%), so a one-word answer is not accepted.
 */
public record NecessityRule(int minimumCharacters) implements Rule {

    @Override
    public String id() {
        return "R12";
    }

    @Override
    public RuleLevel level() {
        return RuleLevel.HARD;
    }

    @Override
    public String title() {
        return "States the hypothesis tested and why the information is necessary";
    }

    @Override
    public RuleResult evaluate(RequestFacts facts) {
        Justification why = facts.content().justification();
        Inputs in = inputs().put("minimumCharacters", minimumCharacters)
                .put("hypothesisCharacters", Text.normalise(why.hypothesis()).length())
                .put("necessityCharacters", Text.normalise(why.necessity()).length());
        List<String> missing = new ArrayList<>();
        if (!Text.hasAtLeast(why.hypothesis(), minimumCharacters)) {
            missing.add("the allegation or question this request tests and the answer expected");
        }
        if (!Text.hasAtLeast(why.necessity(), minimumCharacters)) {
            missing.add("why this information, from this source, is needed now");
        }
        if (!missing.isEmpty()) {
            return RuleResult.fail(this, "The request does not adequately state " + String.join(", or ", missing)
                    + " (at least " + minimumCharacters + " characters each).", in.map());
        }
        return RuleResult.pass(this, "The hypothesis tested and the necessity of the information are stated.", in.map());
    }
}
