package nz.integrity.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import nz.integrity.platform.security.UnauditedRefusals;

/** Audits a REST 403 or 404 of a signed-in caller that no service audited (see {@link UnauditedRefusals}). */
@Provider
@ApplicationScoped
public class UnauditedRefusalFilter implements ContainerResponseFilter {

    static final String OBJECT_TYPE = "API";

    @Inject
    UnauditedRefusals refusals;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        refusals.recordIfUnaudited(response.getStatus(), request.getMethod(), OBJECT_TYPE,
                "/api/" + request.getUriInfo().getPath(false).replaceFirst("^/", ""));
    }
}
