package nz.integrity.request.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nz.integrity.request.content.Recipient;
import nz.integrity.request.content.RequestItem;

import static nz.integrity.request.rules.Inputs.inputs;

/**
 * R15: the Code limits what may be required of each kind of organisation ("specified groups"). An item whose
 * category the Code's matrix does not allow for the recipient's type cannot be asked for at all.
 */
public record RecipientCategoryRule(CategoryMatrix matrix) implements Rule {

    @Override
    public String id() {
        return "R15";
    }

    @Override
    public RuleLevel level() {
        return RuleLevel.HARD;
    }

    @Override
    public String title() {
        return "Only categories the Code allows for this type of recipient";
    }

    @Override
    public RuleResult evaluate(RequestFacts facts) {
        Inputs in = inputs().put("requestType", facts.content().type());
        if (!facts.content().isThirdPartyNotice()) {
            return RuleResult.notApplicable(this, "The recipient limits apply to third-party notices.", in.map());
        }
        Optional<Recipient> recipient = facts.content().recipient();
        if (recipient.isEmpty()) {
            return RuleResult.fail(this, "The notice has no recipient yet, so its items cannot be checked against "
                    + "what that recipient may be asked for.", in.map());
        }
        var type = recipient.get().type();
        in.put("recipientType", type).put("allowedCategories", matrix.allowedFor(type));
        List<String> disallowed = new ArrayList<>();
        List<RequestItem> items = facts.content().items();
        for (int i = 0; i < items.size(); i++) {
            in.put(Labels.key(i) + ".category", items.get(i).category());
            if (!matrix.allows(type, items.get(i).category())) {
                disallowed.add(Labels.item(i, items.get(i)));
            }
        }
        if (!disallowed.isEmpty()) {
            return RuleResult.fail(this, "A " + type + " may not be asked for " + String.join(", ", disallowed)
                    + ". The Code allows: " + Inputs.describe(matrix.allowedFor(type)) + ".", in.map());
        }
        return RuleResult.pass(this, "Every item is a category the Code allows for a " + type + ".", in.map());
    }
}
