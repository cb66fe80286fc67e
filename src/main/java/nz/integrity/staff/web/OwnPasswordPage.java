package nz.integrity.staff.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import nz.integrity.staff.OwnPassword;
import nz.integrity.platform.web.ServiceFeedback;

import java.io.IOException;
import java.util.Map;

/**
 * Backs the change-password page. After a change the session ends and the person signs in again with the new
 * password, which gives them their roles back (a temporary password's session holds none).
 */
@Named
@RequestScoped
public class OwnPasswordPage {

    @Inject
    OwnPassword ownPassword;

    @Inject
    FacesContext facesContext;

    private String current;
    private String newPassword;

    public void change() throws IOException, ServletException {
        char[] currentChars = current == null ? null : current.toCharArray();
        char[] newChars = newPassword == null ? null : newPassword.toCharArray();
        current = null;
        newPassword = null;
        if (ServiceFeedback.attempt(() -> ownPassword.change(currentChars, newChars), Map.of())) {
            ExternalContext external = facesContext.getExternalContext();
            ((HttpServletRequest) external.getRequest()).logout();
            external.invalidateSession();
            external.redirect(external.getRequestContextPath() + "/login.xhtml?passwordChanged=true");
        }
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
