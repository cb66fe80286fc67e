package nz.integrity.request.content;

import nz.integrity.platform.BusinessRuleException;

import java.util.stream.Collectors;

/** A lifecycle move that the request's current status does not allow. */
public final class IllegalTransitionException extends BusinessRuleException {

    private final RequestStatus from;
    private final RequestTransition transition;

    public IllegalTransitionException(RequestStatus from, RequestTransition transition) {
        super(message(from, transition));
        this.from = from;
        this.transition = transition;
    }

    public RequestStatus from() {
        return from;
    }

    public RequestTransition transition() {
        return transition;
    }

    private static String message(RequestStatus from, RequestTransition transition) {
        String allowed = transition.allowedFrom().stream().map(Enum::name).collect(Collectors.joining(", "));
        return "Cannot " + transition.verb() + " a request that is " + from
                + ": this is only possible from " + allowed + ".";
    }
}
