package nz.integrity.request.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nz.integrity.request.content.DateRange;
import nz.integrity.request.content.Recipient;
import nz.integrity.party.RecipientType;
import nz.integrity.request.content.RequestItem;
import nz.integrity.request.content.Text;

import static nz.integrity.request.rules.Inputs.inputs;

/**
 * R11b: the inquiry's example was ten years of bank records to investigate one year of benefit. An item's dates
 * must sit inside the case's period under investigation, give or take a small buffer, and must not exceed the
 * longest span the Code allows for the recipient type. Going beyond either is possible only with the approver's
 * recorded reason.
 *
 * @param bufferMonths how far either side of the period an item may reach without escalation
 */
public record RangeWithinPeriodRule(int bufferMonths, CategoryMatrix matrix) implements Rule {

    @Override
    public String id() {
        return "R11b";
    }

    @Override
    public RuleLevel level() {
        return RuleLevel.OVERRIDE;
    }

    @Override
    public String title() {
        return "Date ranges fit the period under investigation";
    }

    @Override
    public RuleResult evaluate(RequestFacts facts) {
        Optional<DateRange> period = facts.caseContext().periodUnderInvestigation();
        Optional<RecipientType> recipientType = facts.content().recipient().map(Recipient::type);
        Optional<Integer> maxSpan = recipientType.map(matrix::maxSpanMonths);
        Inputs in = inputs().put("periodUnderInvestigation", period).put("bufferMonths", bufferMonths)
                .put("recipientType", recipientType).put("maxSpanMonths", maxSpan)
                .put("dateRangeReason", Text.normalise(facts.content().justification().dateRangeReason()));

        if (period.isEmpty()) {
            return RuleResult.notApplicable(this, "The case records no period under investigation to compare the "
                    + "dates with; R27 blocks the request until it does.", in.map());
        }
        DateRange allowed = period.get().widenedByMonths(bufferMonths);
        List<String> problems = new ArrayList<>();
        List<RequestItem> items = facts.content().items();
        for (int i = 0; i < items.size(); i++) {
            Optional<DateRange> itemRange = items.get(i).range();
            if (itemRange.isEmpty()) {
                continue; // R11a blocks items without dates
            }
            DateRange range = itemRange.get();
            String label = Labels.itemStartingSentence(i, items.get(i));
            in.put(Labels.key(i) + ".range", range);
            if (!allowed.contains(range)) {
                problems.add(label + " covers " + range.inWords() + " (" + range.wholeMonths() + " months), beyond the "
                        + "period under investigation " + period.get().inWords() + " and its " + bufferMonths
                        + "-month buffer.");
            }
            maxSpan.filter(range::isLongerThanMonths).ifPresent(max ->
                    problems.add(label + " spans " + range.wholeMonths() + " months; the Code's limit for a "
                            + recipientType.get().name().toLowerCase(java.util.Locale.ENGLISH).replace('_', ' ') + " item is " + max + " months."));
        }
        if (!problems.isEmpty()) {
            return RuleResult.fail(this, String.join(" ", problems)
                    + " The approver must record why the longer range is needed.", in.map());
        }
        return RuleResult.pass(this, "Every dated item fits the period under investigation"
                + maxSpan.map(max -> " and the Code's " + max + "-month limit for the recipient type").orElse("") + ".",
                in.map());
    }
}
