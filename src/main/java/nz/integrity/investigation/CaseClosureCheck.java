package nz.integrity.investigation;

import java.util.List;

/**
 * Work on a case that must be resolved before the case may close. Features that hang work off a case (information
 * requests, R36) implement it, so the case does not need to know them.
 */
public interface CaseClosureCheck {

    /** What still stands open on the case, each in words a supervisor can act on; empty when the case may close. */
    List<String> openWorkOn(InvestigationCase investigationCase);

    /** The rule ids a refusal cites. */
    List<String> ruleIds();
}
