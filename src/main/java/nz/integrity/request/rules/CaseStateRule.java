package nz.integrity.request.rules;

import nz.integrity.investigation.CaseStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nz.integrity.request.content.Text;

import static nz.integrity.request.rules.Inputs.inputs;

/**
 * R27: requests are made only inside an authorised investigation, never on a referral still in triage or a
 * closed case, and only once the case says what is alleged and for which period, since R11b measures every
 * date range against that period.
 *
 * @param statesOpenForRequests case states in which requests may be made and issued
 */
public record CaseStateRule(Set<CaseStatus> statesOpenForRequests) implements Rule {

    public CaseStateRule {
        statesOpenForRequests = Set.copyOf(statesOpenForRequests);
    }

    @Override
    public String id() {
        return "R27";
    }

    @Override
    public RuleLevel level() {
        return RuleLevel.HARD;
    }

    @Override
    public String title() {
        return "Case is an authorised investigation with its period and allegation recorded";
    }

    @Override
    public RuleResult evaluate(RequestFacts facts) {
        CaseContext caseContext = facts.caseContext();
        Inputs in = inputs().put("caseReference", caseContext.caseReference()).put("caseStatus", caseContext.status())
                .put("statesOpenForRequests", statesOpenForRequests)
                .put("periodUnderInvestigation", caseContext.periodUnderInvestigation())
                .put("allegationType", caseContext.allegationType())
                .put("openingGroundsRecorded", !Text.isBlank(caseContext.openingGrounds()))
                .put("investigationAuthorisedBy", caseContext.investigationAuthorisedBy());
        List<String> problems = new ArrayList<>();
        if (!statesOpenForRequests.contains(caseContext.status())) {
            problems.add("The case is " + caseContext.status() + "; requests can only be made while it is "
                    + Inputs.describe(statesOpenForRequests) + ".");
        }
        if (Text.isBlank(caseContext.openingGrounds())) {
            problems.add("The case records no grounds for opening the investigation.");
        }
        if (Text.isBlank(caseContext.investigationAuthorisedBy())) {
            problems.add("Nobody is recorded as having authorised the investigation.");
        }
        if (caseContext.periodUnderInvestigation().isEmpty()) {
            problems.add("The case records no period under investigation.");
        }
        if (caseContext.allegationType().isEmpty()) {
            problems.add("The case records no allegation type.");
        }
        if (!problems.isEmpty()) {
            return RuleResult.fail(this, String.join(" ", problems), in.map());
        }
        return RuleResult.pass(this, "The case is an authorised investigation (" + caseContext.status()
                + ") with its grounds, period and allegation recorded.", in.map());
    }
}
