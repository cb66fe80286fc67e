package nz.integrity.request.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The rules, with their thresholds, that one Code version imposes. */
public record RuleSet(CodeVersion codeVersion, List<Rule> rules) {

    public RuleSet {
        Objects.requireNonNull(codeVersion, "codeVersion");
        rules = List.copyOf(rules);
        Set<String> ids = new HashSet<>();
        for (Rule rule : rules) {
            if (!ids.add(rule.id())) {
                // Override reasons and acknowledgements are keyed by rule id, so ids must be unique.
                throw new IllegalArgumentException("Rule id " + rule.id() + " appears twice in Code " + codeVersion.id());
            }
        }
    }

    /** Runs every rule; a rule that does not concern the request reports NOT_APPLICABLE rather than being skipped. */
    public CheckReport evaluate(RequestFacts facts) {
        List<RuleResult> results = rules.stream().map(rule -> rule.evaluate(facts)).toList();
        return new CheckReport(
                facts.requestReference(),
                codeVersion.id(),
                facts.checkpoint(),
                facts.today(),
                facts.approver().map(Approver::userId),
                results);
    }

    /** The statutory purposes this Code version lets a request cite (R01), in code order, for choosing on a form. */
    public List<StatutoryPurpose> purposes() {
        return rules.stream().filter(StatutoryPurposeRule.class::isInstance).map(StatutoryPurposeRule.class::cast)
                .flatMap(rule -> rule.purposes().values().stream())
                .sorted(java.util.Comparator.comparing(StatutoryPurpose::code)).toList();
    }

    /** The categories this Code version allows for a recipient type (R15), so a form offers only those. */
    public Set<nz.integrity.request.content.InformationCategory> allowedCategories(nz.integrity.party.RecipientType type) {
        return rules.stream().filter(RecipientCategoryRule.class::isInstance).map(RecipientCategoryRule.class::cast)
                .findFirst().map(rule -> rule.matrix().allowedFor(type)).orElse(Set.of());
    }
}
