package nz.integrity.staff.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import nz.integrity.platform.security.CallerContext;
import nz.integrity.platform.security.IntegrityAuthenticationMechanism;

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
