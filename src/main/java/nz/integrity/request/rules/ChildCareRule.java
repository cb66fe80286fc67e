package nz.integrity.request.rules;

import java.util.ArrayList;
import java.util.List;

import nz.integrity.request.content.RequestContent;
import nz.integrity.request.content.RequestItem;
import nz.integrity.request.content.Subject;
import nz.integrity.request.content.Text;

import static nz.integrity.request.rules.Inputs.inputs;

/**
 * R20: IPP 4 requires particular care when collecting information about children and young people. Where a
 * subject is under the age threshold, or an item is about a child (school records), the request must record
 * that care assessment.
 *
 * @param childUnderAgeYears a subject younger than this on the evaluation date is a child or young person
 */
public record ChildCareRule(int childUnderAgeYears, int minimumCharacters) implements Rule {

    @Override
    public String id() {
        return "R20";
    }

    @Override
    public RuleLevel level() {
        return RuleLevel.HARD;
    }

    @Override
    public String title() {
        return "Particular care recorded where a child is involved";
    }

    @Override
    public RuleResult evaluate(RequestFacts facts) {
        RequestContent content = facts.content();
        Inputs in = inputs().put("childUnderAgeYears", childUnderAgeYears).put("minimumCharacters", minimumCharacters);
        List<String> reasons = new ArrayList<>();
        for (Subject subject : content.subjects()) {
            subject.dateOfBirth()
                    .filter(born -> born.plusYears(childUnderAgeYears).isAfter(facts.today()))
                    .ifPresent(born -> reasons.add("the subject " + subject.name() + " (born " + born + ") is under "
                            + childUnderAgeYears));
        }
        List<RequestItem> items = content.items();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).category().isAboutAChild()) {
                reasons.add(Labels.item(i, items.get(i)) + " is about a child");
            }
        }
        in.put("childInvolvement", reasons)
                .put("careAssessmentCharacters", Text.normalise(content.justification().childCareAssessment()).length());
        if (reasons.isEmpty()) {
            return RuleResult.notApplicable(this, "No subject is a child and no item is about a child.", in.map());
        }
        if (!Text.hasAtLeast(content.justification().childCareAssessment(), minimumCharacters)) {
            return RuleResult.fail(this, "A child is involved (" + String.join("; ", reasons) + ") but the request does "
                    + "not record the particular-care assessment (at least " + minimumCharacters + " characters).",
                    in.map());
        }
        return RuleResult.pass(this, "A child is involved (" + String.join("; ", reasons)
                + ") and the particular-care assessment is recorded.", in.map());
    }
}
