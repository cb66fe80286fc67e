package nz.integrity.request.rules;

import java.util.Objects;

import nz.integrity.request.content.Recipient;
import nz.integrity.request.content.RequestContent;

import static nz.integrity.request.rules.Inputs.inputs;

/**
 * R17: MSD suspended all requests to telecommunications companies and Police after the 2019 inquiry. While
 * that holds, the Code data can set this rule to HARD; otherwise every such request escalates to a senior
 * approver (who must also satisfy R21 and R22) with Privacy or Legal input recorded in the override reason.
 */
public record ElevatedRecipientRule(ElevationPolicy policy, RuleLevel level) implements Rule {

    public ElevatedRecipientRule {
        Objects.requireNonNull(policy, "policy");
        if (level == RuleLevel.WARN) {
            throw new IllegalArgumentException("R17 can be OVERRIDE or HARD; a warning alone would undo the suspension");
        }
    }

    @Override
    public String id() {
        return "R17";
    }

    @Override
    public String title() {
        return "Telco and Police requests need elevated approval";
    }

    @Override
    public RuleResult evaluate(RequestFacts facts) {
        RequestContent content = facts.content();
        Inputs in = inputs().put("elevatedRecipientTypes", policy.elevatedRecipientTypes())
                .put("recipientType", content.recipient().map(Recipient::type))
                .put("lawEnforcement", content.recipient().map(Recipient::lawEnforcement));
        if (!content.isThirdPartyNotice()) {
            return RuleResult.notApplicable(this, "A client request has no third-party recipient.", in.map());
        }
        if (!policy.isElevatedRecipient(content)) {
            return RuleResult.pass(this, "The recipient is not a telco or law-enforcement body.", in.map());
        }
        String consequence = level == RuleLevel.HARD
                ? "Such requests are suspended under this Code version."
                : "A senior approver outside the investigating unit must record, with Privacy or Legal input, why "
                        + "the information cannot be obtained any other way.";
        return RuleResult.fail(this, "The recipient " + content.recipient().get().name()
                + " is a telco or law-enforcement body. " + consequence, in.map());
    }
}
