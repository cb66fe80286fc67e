package nz.integrity.request;

import nz.integrity.platform.BusinessRuleException;

import java.time.Instant;

/**
 * A decision arrived for a submission that another decision already settled, typically two approvers at once.
 * It names who decided and when, so the slower approver reads a race lost, not a four-eyes breach (REST 409).
 */
public class AlreadyDecidedException extends BusinessRuleException {

    private final String verdict;
    private final String decidedBy;
    private final Instant decidedAt;

    public AlreadyDecidedException(String verdict, String decidedBy, Instant decidedAt) {
        super("This request was already decided (" + verdict + ") by " + decidedBy + " at " + decidedAt
                + "; reload it to see the decision.");
        this.verdict = verdict;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public String verdict() {
        return verdict;
    }

    /** The decider's display name. */
    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
