package nz.integrity.request.rules;

import java.util.ArrayList;
import java.util.List;

import nz.integrity.request.content.RequestItem;
import nz.integrity.request.content.Text;

import static nz.integrity.request.rules.Inputs.inputs;

/**
 * R16: the content of communications (texts, messages, photos, call recordings) would elsewhere need a
 * judicial warrant; the inquiry found every text message over long periods collected, and an intimate photo
 * shown at interview. Never requested, whoever approves. The description is screened too, because content can
 * be asked for under a metadata category; a description that mentions content only to exclude it is refused
 * as well, since the exclusion belongs in the notice template, not in the item.
 */
public record CommunicationsContentRule(PhraseList contentPhrases) implements Rule {

    @Override
    public String id() {
        return "R16";
    }

    @Override
    public RuleLevel level() {
        return RuleLevel.HARD;
    }

    @Override
    public String title() {
        return "Never the content of communications";
    }

    @Override
    public RuleResult evaluate(RequestFacts facts) {
        Inputs in = inputs().put("contentPhrases", contentPhrases.phrases());
        List<String> problems = new ArrayList<>();
        List<RequestItem> items = facts.content().items();
        for (int i = 0; i < items.size(); i++) {
            RequestItem item = items.get(i);
            List<String> found = contentPhrases.foundIn(item.description());
            in.put(Labels.key(i) + ".category", item.category())
                    .put(Labels.key(i) + ".description", Text.normalise(item.description()));
            if (item.category().isCommunicationsContent()) {
                problems.add(Labels.itemStartingSentence(i, item) + " asks for the content of communications.");
            } else if (!found.isEmpty()) {
                problems.add(Labels.itemStartingSentence(i, item) + " mentions \"" + String.join("\", \"", found)
                        + "\", which is communications content.");
            }
        }
        if (!problems.isEmpty()) {
            return RuleResult.fail(this, String.join(" ", problems)
                    + " The content of messages, calls or photos may not be required.", in.map());
        }
        return RuleResult.pass(this, "No item asks for the content of communications.", in.map());
    }
}
