package nz.integrity.request.content;

import java.util.EnumSet;
import java.util.Set;

import static nz.integrity.request.content.RequestStatus.*;

/**
 * Every legal move in the request lifecycle (domain §9.2, simplified: coordinator review and the
 * partial/overdue response branches are not modelled yet). The table is the single source of truth that
 * {@link RequestStatus} consults.
 */
public enum RequestTransition {
    SUBMIT("submit", EnumSet.of(DRAFT), SUBMITTED),
    RETURN_FOR_REWORK("return for rework", EnumSet.of(SUBMITTED), RETURNED),
    APPROVE("approve", EnumSet.of(SUBMITTED), APPROVED),
    REJECT("reject", EnumSet.of(SUBMITTED), REJECTED),
    /** Any change to approved content voids the approval (R26); the request must go round again. */
    VOID_APPROVAL("void the approval of", EnumSet.of(APPROVED), DRAFT),
    EXPIRE_APPROVAL("expire the approval of", EnumSet.of(APPROVED), EXPIRED),
    REOPEN_AS_DRAFT("reopen as a draft", EnumSet.of(RETURNED, EXPIRED), DRAFT),
    ISSUE("issue", EnumSet.of(APPROVED), ISSUED),
    AWAIT_RESPONSE("start awaiting a response to", EnumSet.of(ISSUED), AWAITING_RESPONSE),
    RECORD_RESPONSE("record a response to", EnumSet.of(AWAITING_RESPONSE), RESPONSE_RECEIVED),
    TRIAGE("triage", EnumSet.of(RESPONSE_RECEIVED), TRIAGED),
    COMPLETE("complete", EnumSet.of(TRIAGED), RequestStatus.COMPLETE),
    WITHDRAW("withdraw", EnumSet.of(DRAFT, SUBMITTED, RETURNED, APPROVED, EXPIRED), WITHDRAWN),
    /** After issue the recipient has the notice, so stopping it is a cancellation they must be told about. */
    CANCEL("cancel", EnumSet.of(ISSUED, AWAITING_RESPONSE), CANCELLED);

    private final String verb;
    private final Set<RequestStatus> allowedFrom;
    private final RequestStatus target;

    RequestTransition(String verb, Set<RequestStatus> allowedFrom, RequestStatus target) {
        this.verb = verb;
        this.allowedFrom = allowedFrom;
        this.target = target;
    }

    public boolean isAllowedFrom(RequestStatus status) {
        return allowedFrom.contains(status);
    }

    public Set<RequestStatus> allowedFrom() {
        return EnumSet.copyOf(allowedFrom);
    }

    public RequestStatus target() {
        return target;
    }

    String verb() {
        return verb;
    }
}
