package nz.integrity.request.rules;

import java.util.ArrayList;
import java.util.List;

import nz.integrity.request.content.RequestItem;

import static nz.integrity.request.rules.Inputs.inputs;

/** R11a: an item without a start and an end date is an open-ended trawl, whatever its description says. */
public record BoundedRangeRule() implements Rule {

    @Override
    public String id() {
        return "R11a";
    }

    @Override
    public RuleLevel level() {
        return RuleLevel.HARD;
    }

    @Override
    public String title() {
        return "Every item has a start and an end date";
    }

    @Override
    public RuleResult evaluate(RequestFacts facts) {
        List<RequestItem> items = facts.content().items();
        Inputs in = inputs();
        if (items.isEmpty()) {
            return RuleResult.notApplicable(this, "The request has no items yet (see R10).", in.map());
        }
        List<String> unbounded = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            in.put(Labels.key(i) + ".range", items.get(i).range());
            if (items.get(i).range().isEmpty()) {
                unbounded.add(Labels.item(i, items.get(i)));
            }
        }
        if (!unbounded.isEmpty()) {
            return RuleResult.fail(this, "No start and end date for " + String.join(", ", unbounded) + ".", in.map());
        }
        return RuleResult.pass(this, "Every item has a start and an end date.", in.map());
    }
}
