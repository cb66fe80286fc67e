package nz.integrity.request.rules;

import java.util.ArrayList;
import java.util.List;

import nz.integrity.request.content.ClientFirstBasis.ClientAsked;
import nz.integrity.request.content.RequestItem;

import static nz.integrity.request.rules.Inputs.inputs;

/**
 * R08: asking the client first means nothing if the notice goes out before they could answer. A notice item
 * that relies on asking the client cannot be issued until the client's deadline has passed, unless the client
 * has already answered. Only issue is checked: drafting and approval may happen while the client considers.
 */
public record ClientDeadlineRule() implements Rule {

    @Override
    public String id() {
        return "R08";
    }

    @Override
    public RuleLevel level() {
        return RuleLevel.HARD;
    }

    @Override
    public String title() {
        return "Notice not issued before the client's response deadline";
    }

    @Override
    public RuleResult evaluate(RequestFacts facts) {
        Inputs in = inputs().put("checkpoint", facts.checkpoint()).put("today", facts.today());
        if (facts.checkpoint() != Checkpoint.ISSUE) {
            return RuleResult.notApplicable(this, "Timing is checked when the notice is issued.", in.map());
        }
        List<RequestItem> items = facts.content().items();
        List<String> waiting = new ArrayList<>();
        boolean anyAsked = false;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).clientFirst() instanceof ClientAsked asked) {
                anyAsked = true;
                in.put(Labels.key(i) + ".clientResponse", asked.response())
                        .put(Labels.key(i) + ".clientResponseDueOn", asked.responseDueOn());
                if (!asked.response().hasAnswered() && !facts.today().isAfter(asked.responseDueOn())) {
                    waiting.add("The client has until " + asked.responseDueOn() + " to respond about "
                            + Labels.item(i, items.get(i)) + ".");
                }
            }
        }
        if (!anyAsked) {
            return RuleResult.notApplicable(this, "No item relies on asking the client first.", in.map());
        }
        if (!waiting.isEmpty()) {
            return RuleResult.fail(this, String.join(" ", waiting)
                    + " The notice cannot be issued before then unless the client answers.", in.map());
        }
        return RuleResult.pass(this, "For every item the client has answered or their deadline has passed.", in.map());
    }
}
