package nz.integrity.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import nz.integrity.platform.security.Authorization;
import nz.integrity.platform.security.CallerContext;
import nz.integrity.platform.security.RefusalMarker;

/**
 * The safety net for "every refusal of an authenticated caller is audited, once": a 403 or 404 answered to a
 * signed-in caller for which no service committed a refusal event gets one here. Services that know more (which
 * case, which rule) audit the refusal themselves and the {@link RefusalMarker} keeps this filter quiet. A 404
 * counts because the API answers 404 for objects the caller may not see as well as for ones that do not exist,
 * and the two must look the same from outside.
 */
@Provider
@ApplicationScoped
public class UnauditedRefusalFilter implements ContainerResponseFilter {

    static final String OBJECT_TYPE = "API";
    private static final int MAX_OBJECT_ID = 100;

    @Inject
    CallerContext caller;

    @Inject
    RefusalMarker marker;

    @Inject
    Authorization authorization;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        boolean refusal = status == Response.Status.FORBIDDEN.getStatusCode() || status == Response.Status.NOT_FOUND.getStatusCode();
        if (!refusal || !caller.isAuthenticated() || marker.isAudited()) {
            return;
        }
        String path = "/api/" + request.getUriInfo().getPath(false).replaceFirst("^/", "");
        authorization.recordRefusal(request.getMethod() + " " + truncate(path, 40), OBJECT_TYPE, truncate(path, MAX_OBJECT_ID),
                status == 403 ? "role or rule does not allow it" : "not found or not visible to the caller");
        marker.markAudited();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
