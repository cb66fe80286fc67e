package nz.integrity.request.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nz.integrity.request.content.AlternativeConsidered;
import nz.integrity.request.content.Justification;
import nz.integrity.request.content.LessIntrusiveMeans;
import nz.integrity.request.content.Text;

import static nz.integrity.request.rules.Inputs.inputs;

/**
 * R13: compelling a third party is the most intrusive way to get information, so the applicant must show each
 * less intrusive route was considered and why it is not enough, and weigh the intrusion against the benefit.
 * A client request is itself the least intrusive route, so the rule concerns notices only.
 *
 * @param requiredAlternatives routes every notice must address, even if only to say why it does not apply
 */
public record LessIntrusiveMeansRule(Set<LessIntrusiveMeans> requiredAlternatives, int minimumCharacters) implements Rule {

    public LessIntrusiveMeansRule {
        requiredAlternatives = Set.copyOf(requiredAlternatives);
    }

    @Override
    public String id() {
        return "R13";
    }

    @Override
    public RuleLevel level() {
        return RuleLevel.HARD;
    }

    @Override
    public String title() {
        return "Less intrusive means considered and proportionality weighed";
    }

    @Override
    public RuleResult evaluate(RequestFacts facts) {
        Justification why = facts.content().justification();
        Inputs in = inputs().put("requiredAlternatives", requiredAlternatives).put("minimumCharacters", minimumCharacters);
        if (!facts.content().isThirdPartyNotice()) {
            return RuleResult.notApplicable(this, "A client request is itself the least intrusive route.", in.map());
        }
        List<LessIntrusiveMeans> answered = why.alternativesConsidered().stream()
                .filter(alternative -> !Text.isBlank(alternative.outcome()))
                .map(AlternativeConsidered::means)
                .toList();
        List<LessIntrusiveMeans> unanswered = requiredAlternatives.stream()
                .filter(means -> !answered.contains(means))
                .sorted()
                .toList();
        in.put("alternativesAnswered", answered)
                .put("proportionalityCharacters", Text.normalise(why.proportionality()).length());

        List<String> problems = new ArrayList<>();
        if (!unanswered.isEmpty()) {
            problems.add("The request does not say what came of, or why it did not use: "
                    + Inputs.describe(unanswered) + ".");
        }
        if (!Text.hasAtLeast(why.proportionality(), minimumCharacters)) {
            problems.add("The request does not weigh the intrusion against the benefit and the seriousness of the "
                    + "allegation (at least " + minimumCharacters + " characters).");
        }
        if (!problems.isEmpty()) {
            return RuleResult.fail(this, String.join(" ", problems), in.map());
        }
        return RuleResult.pass(this, "Each less intrusive route is addressed and the intrusion is weighed against "
                + "the benefit.", in.map());
    }
}
