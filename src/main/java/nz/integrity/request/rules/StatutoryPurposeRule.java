package nz.integrity.request.rules;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nz.integrity.request.content.PurposeCode;

import static nz.integrity.request.rules.Inputs.inputs;

/** R01: the power may only be used for the Schedule 6 clause 3 purposes, so the request must cite one. */
public record StatutoryPurposeRule(Map<PurposeCode, StatutoryPurpose> purposes) implements Rule {

    public StatutoryPurposeRule {
        purposes = Map.copyOf(purposes);
    }

    @Override
    public String id() {
        return "R01";
    }

    @Override
    public RuleLevel level() {
        return RuleLevel.HARD;
    }

    @Override
    public String title() {
        return "Cites a statutory purpose from the Code's list";
    }

    @Override
    public RuleResult evaluate(RequestFacts facts) {
        Set<PurposeCode> cited = facts.content().purposes();
        Inputs in = inputs().put("purposes", cited).put("knownPurposes", purposes.keySet());
        if (cited.isEmpty()) {
            return RuleResult.fail(this, "The request cites no statutory purpose. Choose at least one Schedule 6 "
                    + "clause 3 purpose from the Code's list.", in.map());
        }
        Set<PurposeCode> unknown = cited.stream().filter(code -> !purposes.containsKey(code)).collect(Collectors.toSet());
        if (!unknown.isEmpty()) {
            return RuleResult.fail(this, "The request cites " + Inputs.describe(unknown)
                    + ", which this Code version's purpose list does not contain.", in.map());
        }
        String described = cited.stream().map(code -> purposes.get(code).description()).collect(Collectors.joining("; "));
        return RuleResult.pass(this, "The request cites: " + described + ".", in.map());
    }
}
