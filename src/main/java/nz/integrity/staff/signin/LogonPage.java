package nz.integrity.staff.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nz.integrity.platform.security.SafeRedirect;
import nz.integrity.platform.web.Messages;

import java.io.IOException;

/** Backs the logon form: hands the credentials to Jakarta Security and follows the outcome. */
@Named("logon")
@RequestScoped
public class LogonPage {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext facesContext;

    @NotBlank(message = "{logon.username.required}")
    @Size(max = 64, message = "{logon.username.tooLong}")
    private String username;

    @NotBlank(message = "{logon.password.required}")
    @Size(max = 128, message = "{logon.password.tooLong}")
    private String password;

    private String continueTo;

    public void logOn() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        password = null;
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + SafeRedirect.target(continueTo));
            case SEND_CONTINUE -> facesContext.responseComplete();
            default -> Messages.error("logon.failed");
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }
}
