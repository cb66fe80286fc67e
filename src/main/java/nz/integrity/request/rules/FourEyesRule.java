package nz.integrity.request.rules;

import java.util.ArrayList;
import java.util.List;

import static nz.integrity.request.rules.Inputs.inputs;

/**
 * R22: the inquiry found requests made "without adequate checks and balances". The approver must be
 * independent of the request and the investigation: not its applicant, not anyone who wrote or edited its
 * content, not on the case team, and for elevated requests not in the investigating unit at all.
 */
public record FourEyesRule(ElevationPolicy policy) implements Rule {

    @Override
    public String id() {
        return "R22";
    }

    @Override
    public RuleLevel level() {
        return RuleLevel.HARD;
    }

    @Override
    public String title() {
        return "Approver independent of the request and the investigation";
    }

    @Override
    public RuleResult evaluate(RequestFacts facts) {
        Inputs in = inputs().put("checkpoint", facts.checkpoint());
        if (facts.checkpoint() == Checkpoint.SUBMISSION) {
            return RuleResult.notApplicable(this, "Independence is checked at approval and at issue.", in.map());
        }
        if (facts.approver().isEmpty()) {
            return RuleResult.fail(this, "No approver is recorded.", in.map());
        }
        Approver approver = facts.approver().get();
        CaseContext caseContext = facts.caseContext();
        ApprovalLevel required = policy.requiredApprovalLevel(facts.content());
        in.put("approverId", approver.userId()).put("applicantId", facts.applicantId())
                .put("contentEditorIds", facts.contentEditorIds()).put("caseTeamIds", caseContext.teamMemberIds())
                .put("approverUnitId", approver.unitId()).put("investigatingUnitId", caseContext.investigatingUnitId())
                .put("requiredLevel", required);

        List<String> problems = new ArrayList<>();
        String who = approver.userId();
        if (who.equals(facts.applicantId())) {
            problems.add("The approver " + who + " is the applicant; nobody may approve their own request.");
        } else if (facts.contentEditorIds().contains(who)) {
            problems.add("The approver " + who + " edited the request's content.");
        }
        if (caseContext.teamMemberIds().contains(who)) {
            problems.add("The approver " + who + " is on the case's investigation team.");
        }
        if (required == ApprovalLevel.ELEVATED && approver.unitId().equals(caseContext.investigatingUnitId())) {
            problems.add("This elevated request must be approved from outside the investigating unit "
                    + caseContext.investigatingUnitId() + ".");
        }
        // A recorded approval must have been given by the approver now being checked.
        facts.approval().filter(approval -> !approval.approverId().equals(who)).ifPresent(approval ->
                problems.add("The approval was recorded by " + approval.approverId() + ", not by " + who + "."));
        if (!problems.isEmpty()) {
            return RuleResult.fail(this, String.join(" ", problems), in.map());
        }
        return RuleResult.pass(this, "The approver " + who + " did not make or edit the request, is not on the case "
                + "team" + (required == ApprovalLevel.ELEVATED ? " and is outside the investigating unit." : "."), in.map());
    }
}
