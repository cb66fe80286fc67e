package nz.integrity.request.content;

import java.util.Arrays;

/**
 * Where a request is in its lifecycle. Immutable: each intention-revealing method returns the next status or
 * throws {@link IllegalTransitionException}, so an entity holds {@code status = status.approve()} and can never
 * skip a step.
 */
public enum RequestStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED,
    REJECTED,
    EXPIRED,
    ISSUED,
    AWAITING_RESPONSE,
    RESPONSE_RECEIVED,
    TRIAGED,
    COMPLETE,
    WITHDRAWN,
    CANCELLED;

    public RequestStatus submit() {
        return apply(RequestTransition.SUBMIT);
    }

    public RequestStatus returnForRework() {
        return apply(RequestTransition.RETURN_FOR_REWORK);
    }

    public RequestStatus approve() {
        return apply(RequestTransition.APPROVE);
    }

    public RequestStatus reject() {
        return apply(RequestTransition.REJECT);
    }

    public RequestStatus voidApprovalAfterContentChange() {
        return apply(RequestTransition.VOID_APPROVAL);
    }

    public RequestStatus expireApproval() {
        return apply(RequestTransition.EXPIRE_APPROVAL);
    }

    public RequestStatus reopenAsDraft() {
        return apply(RequestTransition.REOPEN_AS_DRAFT);
    }

    public RequestStatus issue() {
        return apply(RequestTransition.ISSUE);
    }

    public RequestStatus awaitResponse() {
        return apply(RequestTransition.AWAIT_RESPONSE);
    }

    public RequestStatus recordResponse() {
        return apply(RequestTransition.RECORD_RESPONSE);
    }

    public RequestStatus triage() {
        return apply(RequestTransition.TRIAGE);
    }

    public RequestStatus complete() {
        return apply(RequestTransition.COMPLETE);
    }

    public RequestStatus withdraw() {
        return apply(RequestTransition.WITHDRAW);
    }

    public RequestStatus cancel() {
        return apply(RequestTransition.CANCEL);
    }

    public RequestStatus apply(RequestTransition transition) {
        if (!transition.isAllowedFrom(this)) {
            throw new IllegalTransitionException(this, transition);
        }
        return transition.target();
    }

    public boolean allows(RequestTransition transition) {
        return transition.isAllowedFrom(this);
    }

    /** No transition leaves this status. */
    public boolean isTerminal() {
        return Arrays.stream(RequestTransition.values()).noneMatch(this::allows);
    }
}
