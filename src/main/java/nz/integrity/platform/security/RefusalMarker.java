package nz.integrity.platform.security;

import jakarta.enterprise.context.RequestScoped;

/**
 * Remembers, for one request, that a refusal of the caller has been audited (and committed). The REST safety net
 * ({@code platform.rest.UnauditedRefusalFilter}) audits a 403 or 404 only when nothing did, so every
 * refusal is recorded exactly once however deep in a service it happened.
 */
@RequestScoped
public class RefusalMarker {

    private boolean audited;

    public void markAudited() {
        audited = true;
    }

    public boolean isAudited() {
        return audited;
    }
}
