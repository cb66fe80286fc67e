package nz.integrity.request.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nz.integrity.request.content.RequestContent;
import nz.integrity.request.content.Subject;
import nz.integrity.investigation.SubjectRole;
import nz.integrity.request.content.Text;

import static nz.integrity.request.rules.Inputs.inputs;

/**
 * R14a: the people a request reaches must be named and justified. A partner or other person targeted as a
 * subject needs a justification of their own, because being the client's partner is not one; and the
 * information of people who are not subjects (joint account holders, callers, flatmates) must be considered.
 */
public record AffectedPeopleRule(int minimumCharacters) implements Rule {

    @Override
    public String id() {
        return "R14a";
    }

    @Override
    public RuleLevel level() {
        return RuleLevel.HARD;
    }

    @Override
    public String title() {
        return "Each subject justified and collateral intrusion considered";
    }

    @Override
    public RuleResult evaluate(RequestFacts facts) {
        RequestContent content = facts.content();
        Inputs in = inputs().put("minimumCharacters", minimumCharacters)
                .put("collateralIntrusionCharacters", Text.normalise(content.justification().collateralIntrusion()).length());
        List<String> problems = new ArrayList<>();
        if (content.subjects().isEmpty()) {
            problems.add("The request names no subject.");
        }
        for (Subject subject : content.subjects()) {
            in.put("subject[" + subject.personId() + "].role", subject.role())
                    .put("subject[" + subject.personId() + "].ownJustificationCharacters",
                            Text.normalise(subject.ownJustification()).length());
            if (subject.role() != SubjectRole.CLIENT && !Text.hasAtLeast(subject.ownJustification(), minimumCharacters)) {
                problems.add("The " + subject.role().name().toLowerCase(Locale.ROOT) + " " + subject.name()
                        + " is a subject without a justification of their own (at least " + minimumCharacters
                        + " characters).");
            }
        }
        if (!Text.hasAtLeast(content.justification().collateralIntrusion(), minimumCharacters)) {
            problems.add("The request does not say whose other information will come back and how that is kept to "
                    + "a minimum (at least " + minimumCharacters + " characters).");
        }
        if (!problems.isEmpty()) {
            return RuleResult.fail(this, String.join(" ", problems), in.map());
        }
        return RuleResult.pass(this, "Every subject is justified and collateral intrusion is addressed.", in.map());
    }
}
