package nz.integrity.request.rules;

import java.util.ArrayList;
import java.util.List;

import nz.integrity.request.content.RequestItem;
import nz.integrity.request.content.Text;

import static nz.integrity.request.rules.Inputs.inputs;

/**
 * R10: a request names specific information. The category vocabulary has no catch-all, so the remaining way
 * to ask for "all financial information" (the 2009 case note) is the free-text description, which is screened
 * for blanket wording.
 */
public record SpecificItemsRule(PhraseList blanketPhrases) implements Rule {

    @Override
    public String id() {
        return "R10";
    }

    @Override
    public RuleLevel level() {
        return RuleLevel.HARD;
    }

    @Override
    public String title() {
        return "Asks for specific items, never \"all information\"";
    }

    @Override
    public RuleResult evaluate(RequestFacts facts) {
        List<RequestItem> items = facts.content().items();
        Inputs in = inputs().put("itemCount", items.size()).put("blanketPhrases", blanketPhrases.phrases());
        if (items.isEmpty()) {
            return RuleResult.fail(this, "The request lists no items.", in.map());
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            RequestItem item = items.get(i);
            in.put(Labels.key(i) + ".category", item.category())
                    .put(Labels.key(i) + ".description", Text.normalise(item.description()));
            if (Text.isBlank(item.description())) {
                problems.add(Labels.itemStartingSentence(i, item) + " has no description of the specific information needed.");
            }
            List<String> blanket = blanketPhrases.foundIn(item.description());
            if (!blanket.isEmpty()) {
                problems.add(Labels.itemStartingSentence(i, item) + " asks for \"" + String.join("\", \"", blanket)
                        + "\"; name the specific information instead.");
            }
        }
        if (!problems.isEmpty()) {
            return RuleResult.fail(this, String.join(" ", problems), in.map());
        }
        return RuleResult.pass(this, "Every item describes the specific information needed without blanket "
                + "wording.", in.map());
    }
}
