package nz.integrity.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Faces messages from the resource bundle, so every text a user reads can be translated. */
public final class Messages {

    public static final String BUNDLE = "nz.integrity.i18n.messages";

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, context.getViewRoot().getLocale());
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /**
     * An error shown next to one input, by client id (row-indexed inside repeats), failing validation so that a
     * dialog or form stays open for the correction.
     */
    public static void errorAt(String clientId, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
        context.validationFailed();
    }

    public static void errorText(String message) {
        add(FacesMessage.SEVERITY_ERROR, message);
    }

    /**
     * An error in the page's message region that links to the part of the page where it is fixed: the layout
     * renders a global message whose detail is {@code #id} as a link to that element.
     */
    public static void errorLinkedTo(String anchorId, String message) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, "#" + anchorId));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }

    /** The in-page target of a message added by {@link #errorLinkedTo}, or null for a plain message. */
    public static String anchorOf(FacesMessage message) {
        String detail = message.getDetail();
        return detail != null && !detail.equals(message.getSummary()) && detail.startsWith("#") ? detail : null;
    }

    private static void add(FacesMessage.Severity severity, String message) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(severity, message, null));
        // Messages must survive the redirect after a successful POST.
        context.getExternalContext().getFlash().setKeepMessages(true);
    }
}
