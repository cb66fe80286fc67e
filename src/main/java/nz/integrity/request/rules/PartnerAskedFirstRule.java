package nz.integrity.request.rules;

import java.util.List;

import nz.integrity.request.content.Subject;
import nz.integrity.investigation.SubjectRole;
import nz.integrity.request.content.Text;

import static nz.integrity.request.rules.Inputs.inputs;

/**
 * R14b: since relationship debt can be shared, a partner can be investigated in their own right and is owed the
 * same chance to supply their information first. Going straight to a third party about a partner needs the
 * approver's recorded reason.
 */
public record PartnerAskedFirstRule() implements Rule {

    @Override
    public String id() {
        return "R14b";
    }

    @Override
    public RuleLevel level() {
        return RuleLevel.OVERRIDE;
    }

    @Override
    public String title() {
        return "A partner who is a subject was asked first";
    }

    @Override
    public RuleResult evaluate(RequestFacts facts) {
        Inputs in = inputs().put("requestType", facts.content().type());
        if (!facts.content().isThirdPartyNotice()) {
            return RuleResult.notApplicable(this, "A client request asks the person directly.", in.map());
        }
        List<Subject> partners = facts.content().subjects().stream()
                .filter(subject -> subject.role() == SubjectRole.PARTNER)
                .toList();
        if (partners.isEmpty()) {
            return RuleResult.notApplicable(this, "No partner is a subject of this notice.", in.map());
        }
        partners.forEach(partner -> in.put("partner[" + partner.personId() + "].askedFirstRef", partner.askedFirstRef()));
        List<String> notAsked = partners.stream()
                .filter(partner -> Text.isBlank(partner.askedFirstRef()))
                .map(Subject::name)
                .toList();
        if (!notAsked.isEmpty()) {
            return RuleResult.fail(this, "The partner " + String.join(", ", notAsked) + " was not asked first for their "
                    + "own information. The approver must record why the notice should go ahead anyway.", in.map());
        }
        return RuleResult.pass(this, "Every partner who is a subject was asked first.", in.map());
    }
}
