package nz.integrity.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Named;

/** How the layout's message region shows a global Faces message: its style by severity, and its link if any. */
@Named
@ApplicationScoped
public class PageMessages {

    public String styleOf(FacesMessage message) {
        FacesMessage.Severity severity = message.getSeverity();
        if (severity == null || FacesMessage.SEVERITY_INFO.equals(severity)) {
            return "icm-message-info";
        }
        return FacesMessage.SEVERITY_WARN.equals(severity) ? "icm-message-warn" : "icm-message-error";
    }

    /** The in-page target the message leads to ({@link Messages#errorLinkedTo}), or null. */
    public String linkOf(FacesMessage message) {
        return Messages.anchorOf(message);
    }
}
