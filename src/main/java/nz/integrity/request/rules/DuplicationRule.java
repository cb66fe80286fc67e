package nz.integrity.request.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nz.integrity.request.content.DateRange;
import nz.integrity.request.content.RequestItem;

import static nz.integrity.request.rules.Inputs.inputs;

/**
 * R31: collect less. Asking again for information the case already holds, or has already asked for, is
 * usually unnecessary, but there can be good reasons (verifying a client-supplied statement), so this only
 * warns and records the acknowledgement.
 */
public record DuplicationRule() implements Rule {

    @Override
    public String id() {
        return "R31";
    }

    @Override
    public RuleLevel level() {
        return RuleLevel.WARN;
    }

    @Override
    public String title() {
        return "Not asking again for information already held";
    }

    @Override
    public RuleResult evaluate(RequestFacts facts) {
        Inputs in = inputs().put("informationHeldCount", facts.informationHeld().size());
        List<String> duplicates = new ArrayList<>();
        List<RequestItem> items = facts.content().items();
        for (int i = 0; i < items.size(); i++) {
            RequestItem item = items.get(i);
            Optional<DateRange> range = item.range();
            if (range.isEmpty()) {
                continue; // R11a blocks items without dates
            }
            for (HeldInformation held : facts.informationHeld()) {
                if (held.category() == item.category() && held.range().overlaps(range.get())) {
                    duplicates.add(Labels.itemStartingSentence(i, item) + " for " + range.get().inWords() + " overlaps "
                            + held.range().inWords() + " already held from " + held.source() + ".");
                    in.put(Labels.key(i) + ".overlapsWith", held.source() + " " + held.range().iso());
                }
            }
        }
        if (!duplicates.isEmpty()) {
            return RuleResult.fail(this, String.join(" ", duplicates)
                    + " Acknowledge why it is needed again, or narrow the item.", in.map());
        }
        return RuleResult.pass(this, "Nothing requested is already held.", in.map());
    }
}
