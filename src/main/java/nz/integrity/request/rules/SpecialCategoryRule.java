package nz.integrity.request.rules;

import java.util.ArrayList;
import java.util.List;

import nz.integrity.request.content.RequestItem;

import static nz.integrity.request.rules.Inputs.inputs;

/**
 * R18: health, maternity or birthing records, family-violence records and intimate or counselling material
 * (one woman's birthing records were collected before 2019) need an elevated approver and a stronger case.
 * Detected by category and by wording, since such records can be described under an ordinary category.
 */
public record SpecialCategoryRule(ElevationPolicy policy) implements Rule {

    @Override
    public String id() {
        return "R18";
    }

    @Override
    public RuleLevel level() {
        return RuleLevel.OVERRIDE;
    }

    @Override
    public String title() {
        return "Special-category information needs elevated approval";
    }

    @Override
    public RuleResult evaluate(RequestFacts facts) {
        Inputs in = inputs().put("specialCategoryPhrases", policy.specialCategoryPhrases().phrases());
        List<String> special = new ArrayList<>();
        List<RequestItem> items = facts.content().items();
        for (int i = 0; i < items.size(); i++) {
            boolean isSpecial = policy.isSpecialCategory(items.get(i));
            in.put(Labels.key(i) + ".specialCategory", isSpecial);
            if (isSpecial) {
                special.add(Labels.item(i, items.get(i)));
            }
        }
        if (!special.isEmpty()) {
            return RuleResult.fail(this, "Special-category information is sought in " + String.join(", ", special)
                    + ". An elevated approver must record why it is necessary; the notice must tell the recipient to "
                    + "leave out anything else of that kind.", in.map());
        }
        return RuleResult.pass(this, "No item seeks special-category information.", in.map());
    }
}
