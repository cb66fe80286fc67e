package nz.integrity.request.rules;

import nz.integrity.platform.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nz.integrity.request.content.Approval;
import nz.integrity.request.content.ApprovedContentHash;

import static nz.integrity.request.rules.Inputs.inputs;

/**
 * R26: what is issued must be exactly what was approved, and recently. An identifier corrected after approval
 * without going back to the approver counted as an error in the UK regime; so does an approval that has gone
 * stale. Checked at issue against the content hash and the approval's age in working days.
 *
 * @param validityWorkingDays how many working days after the approval date it may still be relied on
 */
public record ApprovalValidityRule(WorkingDayCalendar workingDays, int validityWorkingDays) implements Rule {

    @Override
    public String id() {
        return "R26";
    }

    @Override
    public RuleLevel level() {
        return RuleLevel.HARD;
    }

    @Override
    public String title() {
        return "Issued content is exactly what was approved, within the approval's life";
    }

    @Override
    public RuleResult evaluate(RequestFacts facts) {
        Inputs in = inputs().put("checkpoint", facts.checkpoint()).put("validityWorkingDays", validityWorkingDays);
        if (facts.checkpoint() != Checkpoint.ISSUE) {
            return RuleResult.notApplicable(this, "The approval is checked when the request is issued.", in.map());
        }
        if (facts.approval().isEmpty()) {
            return RuleResult.fail(this, "The request has no recorded approval.", in.map());
        }
        Approval approval = facts.approval().get();
        ApprovedContentHash current = ApprovedContentHash.of(facts.content());
        LocalDate lastValidDay = workingDays.addWorkingDays(approval.approvedOn(), validityWorkingDays);
        in.put("approvedOn", approval.approvedOn()).put("lastValidDay", lastValidDay).put("today", facts.today())
                .put("approvedContentHash", approval.approvedContent().hex()).put("currentContentHash", current.hex());

        List<String> problems = new ArrayList<>();
        if (!approval.approvedContent().equals(current)) {
            problems.add("The content has changed since it was approved on " + approval.approvedOn()
                    + "; the approval is void and the request must be approved again.");
        }
        if (facts.today().isAfter(lastValidDay)) {
            problems.add("The approval of " + approval.approvedOn() + " lapsed after " + lastValidDay + " ("
                    + validityWorkingDays + " working days); it must be approved again.");
        }
        if (!problems.isEmpty()) {
            return RuleResult.fail(this, String.join(" ", problems), in.map());
        }
        return RuleResult.pass(this, "The content is unchanged since approval on " + approval.approvedOn()
                + " and the approval is valid until " + lastValidDay + ".", in.map());
    }
}
