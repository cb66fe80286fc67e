package nz.integrity.platform.web;

import jakarta.faces.context.FacesContext;
import nz.integrity.platform.BusinessRuleException;
import nz.integrity.platform.NotFoundException;
import nz.integrity.platform.ValidationException;
import nz.integrity.platform.security.AccessDeniedException;

/**
 * Runs a service call from a page. Bad input, a rule or a refusal becomes a message, and the request is marked
 * failed so an open dialog stays open; anything else still reaches the error page.
 */
public final class PageActions {

    private PageActions() {
    }

    public static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                if (t instanceof ValidationException e) {
                    e.fieldMessages().values().forEach(Messages::errorText);
                    return failed();
                }
                if (t instanceof BusinessRuleException || t instanceof AccessDeniedException) {
                    Messages.errorText(t.getMessage());
                    return failed();
                }
                if (t instanceof NotFoundException) {
                    Messages.error("admin.common.notFound");
                    return failed();
                }
            }
            throw thrown;
        }
    }

    private static boolean failed() {
        FacesContext.getCurrentInstance().validationFailed();
        return false;
    }
}
