package nz.integrity.request.rules;

import nz.integrity.platform.calendar.WorkingDayCalendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nz.integrity.request.content.NoticeTerms;
import nz.integrity.request.content.Text;

import static nz.integrity.request.rules.Inputs.inputs;

/**
 * R02: Schedule 6 clause 2 lets MSD require information only by written notice giving 5 or more working days
 * after it is given, and stating the manner of compliance. Checked at every checkpoint because the due date is
 * re-set at issue.
 */
public record NoticePeriodRule(WorkingDayCalendar workingDays, int minimumWorkingDays) implements Rule {

    @Override
    public String id() {
        return "R02";
    }

    @Override
    public RuleLevel level() {
        return RuleLevel.HARD;
    }

    @Override
    public String title() {
        return "Notice gives at least " + minimumWorkingDays + " working days and states how to comply";
    }

    @Override
    public RuleResult evaluate(RequestFacts facts) {
        Inputs in = inputs().put("requestType", facts.content().type()).put("minimumWorkingDays", minimumWorkingDays);
        if (!facts.content().isThirdPartyNotice()) {
            return RuleResult.notApplicable(this, "Only a third-party notice carries the statutory compliance period; "
                    + "the client's response period is checked by R06.", in.map());
        }
        Optional<NoticeTerms> terms = facts.notice();
        if (terms.isEmpty() && facts.checkpoint() != Checkpoint.ISSUE) {
            return RuleResult.notApplicable(this, "The date given and the due date are set when the notice is issued; "
                    + "this rule is checked again then.", in.map());
        }
        if (terms.isEmpty()) {
            return RuleResult.fail(this, "The notice has no date given and no due date yet, so it cannot be shown "
                    + "to allow " + minimumWorkingDays + " working days.", in.map());
        }
        NoticeTerms notice = terms.get();
        int allowed = workingDays.workingDaysBetween(notice.givenOn(), notice.dueOn());
        in.put("givenOn", notice.givenOn()).put("dueOn", notice.dueOn()).put("workingDaysAllowed", allowed)
                .put("mannerOfCompliance", Text.normalise(notice.mannerOfCompliance()));

        List<String> problems = new ArrayList<>();
        if (allowed < minimumWorkingDays) {
            problems.add("Given on " + notice.givenOn() + " and due on " + notice.dueOn() + ", the notice allows "
                    + allowed + " working days; Schedule 6 clause 2 requires at least " + minimumWorkingDays + ".");
        }
        if (Text.isBlank(notice.mannerOfCompliance())) {
            problems.add("The notice does not state the manner in which to comply.");
        }
        if (!problems.isEmpty()) {
            return RuleResult.fail(this, String.join(" ", problems), in.map());
        }
        return RuleResult.pass(this, "The notice allows " + allowed + " working days (given " + notice.givenOn()
                + ", due " + notice.dueOn() + ") and states how to comply.", in.map());
    }
}
