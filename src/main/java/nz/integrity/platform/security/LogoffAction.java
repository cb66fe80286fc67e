package nz.integrity.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;

/** Ends the session: audited first, then the container logout and session invalidation. */
@Named("logoff")
@RequestScoped
public class LogoffAction {

    @Inject
    FacesContext facesContext;

    @Inject
    CallerContext caller;

    @Inject
    LogonService logons;

    public void logOff() throws IOException, ServletException {
        ExternalContext external = facesContext.getExternalContext();
        if (caller.isAuthenticated()) {
            logons.recordLogoff(caller.username());
        }
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + IntegrityAuthenticationMechanism.LOGON_PAGE + "?signedOut=true");
    }
}
