package nz.integrity.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Arrays;

/**
 * Role checks for application services. A refusal is audited in its own transaction, because the refused
 * action's transaction is about to roll back.
 */
@ApplicationScoped
public class Authorization {

    @Inject
    CallerContext caller;

    @Inject
    RefusalLog refusals;

    public void requireAnyRole(String action, String objectType, String objectId, Role... allowed) {
        if (Arrays.stream(allowed).noneMatch(caller::hasRole)) {
            throw refuse(action, objectType, objectId, "requires role " + Arrays.toString(allowed));
        }
    }

    /** Audits the refusal and returns the exception for the caller to throw. */
    public AccessDeniedException refuse(String action, String objectType, String objectId, String why) {
        recordRefusal(action, objectType, objectId, why);
        return new AccessDeniedException("You are not allowed to do this.");
    }

    /** Audits a refusal whose answer someone else gives (a 404 that hides the object, a page message). */
    public void recordRefusal(String action, String objectType, String objectId, String why) {
        refusals.recordRefusal(action, objectType, objectId, why);
    }
}
