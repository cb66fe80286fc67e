package nz.integrity.request.rules;

import nz.integrity.request.content.RequestTransition;

/**
 * The lifecycle transition a rule evaluation guards. Most rules apply at all three; approval rules (R21, R22)
 * start at approval and issue-time rules (R08, R26) apply only at issue.
 */
public enum Checkpoint {
    SUBMISSION(RequestTransition.SUBMIT),
    APPROVAL(RequestTransition.APPROVE),
    ISSUE(RequestTransition.ISSUE);

    private final RequestTransition guards;

    Checkpoint(RequestTransition guards) {
        this.guards = guards;
    }

    public RequestTransition guards() {
        return guards;
    }
}
