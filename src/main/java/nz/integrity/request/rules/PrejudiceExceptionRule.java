package nz.integrity.request.rules;

import java.util.ArrayList;
import java.util.List;

import nz.integrity.request.content.ClientFirstBasis.PrejudiceException;
import nz.integrity.request.content.RequestItem;
import nz.integrity.request.content.Text;

import static nz.integrity.request.rules.Inputs.inputs;

/**
 * R07: skipping the client is a decision the applicant may propose but never make alone. Every use of the
 * prejudice exception therefore escalates to the approver, who must record why they accept it; the reasons are
 * reported so blanket use shows up (metrics M5, M6). Whether the exception is well-formed is R06's job.
 */
public record PrejudiceExceptionRule() implements Rule {

    @Override
    public String id() {
        return "R07";
    }

    @Override
    public RuleLevel level() {
        return RuleLevel.OVERRIDE;
    }

    @Override
    public String title() {
        return "Approver confirms each case-specific prejudice exception";
    }

    @Override
    public RuleResult evaluate(RequestFacts facts) {
        Inputs in = inputs();
        List<String> labels = new ArrayList<>();
        List<RequestItem> items = facts.content().items();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).clientFirst() instanceof PrejudiceException exception) {
                labels.add(Labels.item(i, items.get(i)));
                in.put(Labels.key(i) + ".exceptionGrounds", exception.grounds())
                        .put(Labels.key(i) + ".exceptionFacts", Text.normalise(exception.facts()))
                        .put(Labels.key(i) + ".harmExpected", Text.normalise(exception.harmExpected()));
            }
        }
        if (labels.isEmpty()) {
            return RuleResult.notApplicable(this, "No item relies on the prejudice exception.", in.map());
        }
        return RuleResult.fail(this, "The client is not being asked first for " + String.join(", ", labels)
                + " because of a prejudice-to-the-maintenance-of-the-law exception. The approver must confirm this "
                + "determination for this case and record why.", in.map());
    }
}
