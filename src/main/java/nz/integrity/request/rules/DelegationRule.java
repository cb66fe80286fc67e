package nz.integrity.request.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nz.integrity.request.content.Approval;
import nz.integrity.request.content.RequestType;

import static nz.integrity.request.rules.Inputs.inputs;

/**
 * R21: the power is exercised only by delegated officers. On the approval date the approver must hold a
 * delegation that is in force, covers this type of request and is at least the level the request needs
 * (elevated for telco, Police and special-category requests).
 */
public record DelegationRule(ElevationPolicy policy) implements Rule {

    @Override
    public String id() {
        return "R21";
    }

    @Override
    public RuleLevel level() {
        return RuleLevel.HARD;
    }

    @Override
    public String title() {
        return "Approver holds a current delegation at the required level";
    }

    @Override
    public RuleResult evaluate(RequestFacts facts) {
        Inputs in = inputs().put("checkpoint", facts.checkpoint());
        if (facts.checkpoint() == Checkpoint.SUBMISSION) {
            return RuleResult.notApplicable(this, "The approver's delegation is checked at approval and at issue.", in.map());
        }
        if (facts.approver().isEmpty()) {
            return RuleResult.fail(this, "No approver is recorded.", in.map());
        }
        Approver approver = facts.approver().get();
        // At issue the question is whether the approval was authorised when it was given.
        LocalDate decisionDate = facts.approval().map(Approval::approvedOn).orElse(facts.today());
        ApprovalLevel required = policy.requiredApprovalLevel(facts.content());
        RequestType type = facts.content().type();
        in.put("approverId", approver.userId()).put("decisionDate", decisionDate).put("requiredLevel", required)
                .put("requestType", type);
        if (approver.delegation().isEmpty()) {
            return RuleResult.fail(this, "The approver " + approver.userId() + " holds no delegation for this power.",
                    in.map());
        }
        Delegation delegation = approver.delegation().get();
        in.put("delegation", delegation.instrumentRef()).put("delegationLevel", delegation.level())
                .put("delegationTypes", delegation.requestTypes())
                .put("delegationValidFrom", delegation.validFrom()).put("delegationValidUntil", delegation.validUntil());
        List<String> problems = new ArrayList<>();
        if (!delegation.isValidOn(decisionDate)) {
            problems.add("Delegation " + delegation.instrumentRef() + " is not in force on " + decisionDate + ".");
        }
        if (!delegation.requestTypes().contains(type)) {
            problems.add("Delegation " + delegation.instrumentRef() + " does not cover a " + type + ".");
        }
        if (!delegation.level().covers(required)) {
            problems.add("This request needs an " + required + " approver; delegation " + delegation.instrumentRef()
                    + " is " + delegation.level() + ".");
        }
        if (!problems.isEmpty()) {
            return RuleResult.fail(this, String.join(" ", problems), in.map());
        }
        return RuleResult.pass(this, "Delegation " + delegation.instrumentRef() + " is in force on " + decisionDate
                + ", covers a " + type + " and is at the " + required + " level needed.", in.map());
    }
}
