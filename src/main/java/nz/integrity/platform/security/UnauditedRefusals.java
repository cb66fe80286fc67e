package nz.integrity.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The safety net behind "every refusal of a signed-in caller is audited, once": a 403 or 404 answered to a
 * signed-in caller for which nothing committed a refusal event in this request gets one {@code ACCESS_REFUSED}
 * event, naming the method and path. Services that know more audit the refusal themselves, and the
 * {@link RefusalMarker} then keeps this quiet. A 404 counts because the application answers 404 for objects the
 * caller may not see as well as for ones that do not exist, and the two must look the same from outside.
 */
@ApplicationScoped
public class UnauditedRefusals {

    private static final int MAX_OBJECT_ID = 100;
    private static final int MAX_ATTEMPT = 60;

    @Inject
    CallerContext caller;

    @Inject
    RefusalMarker marker;

    @Inject
    Authorization authorization;

    public void recordIfUnaudited(int status, String method, String objectType, String path) {
        boolean refusal = status == 403 || status == 404;
        if (!refusal || !caller.isAuthenticated() || marker.isAudited()) {
            return;
        }
        authorization.recordRefusal(truncate(method + " " + path, MAX_ATTEMPT), objectType, truncate(path, MAX_OBJECT_ID),
                status == 403 ? "role or rule does not allow it" : "not found or not visible to the caller");
        marker.markAudited();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
