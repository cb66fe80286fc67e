package nz.integrity.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import nz.integrity.platform.BusinessRuleException;
import nz.integrity.platform.NotFoundException;
import nz.integrity.platform.ValidationException;
import nz.integrity.platform.security.AccessDeniedException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a use case for a page and turns its refusals into Faces messages: a field message goes next to the input
 * it is about, everything else to the page's message region. Pages never see a stack trace. Only bad input
 * marks validation as failed, so a dialog stays open for the user to correct it; a refusal closes it and the
 * page shows why.
 */
public final class ServiceFeedback {

    private ServiceFeedback() {
    }

    /**
     * @param inputsByField the service's field names mapped to the absolute client ids of the inputs showing them
     * @return whether the use case succeeded
     */
    public static boolean attempt(Runnable useCase, Map<String, String> inputsByField) {
        try {
            useCase.run();
            return true;
        } catch (ValidationException e) {
            e.fieldMessages().forEach((field, text) -> showAt(inputsByField.get(field), text));
            FacesContext.getCurrentInstance().validationFailed();
        } catch (BusinessRuleException e) {
            // One message per broken rule: the page lists them one to a line instead of one run-on paragraph.
            Messages.errorText(e.summary());
            e.breaches().forEach(Messages::errorText);
        } catch (AccessDeniedException | NotFoundException e) {
            Messages.errorText(e.getMessage());
        }
        return false;
    }

    /** Like {@link #attempt}, for a use case that answers something; empty when it was refused. */
    public static <T> Optional<T> obtain(Supplier<T> useCase, Map<String, String> inputsByField) {
        List<T> answer = new ArrayList<>(1);
        return attempt(() -> answer.add(useCase.get()), inputsByField) ? Optional.ofNullable(answer.get(0)) : Optional.empty();
    }

    private static void showAt(String clientId, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        UIComponent input = clientId == null ? null : context.getViewRoot().findComponent(":" + clientId);
        if (input == null) {
            Messages.errorText(text);
            return;
        }
        if (input instanceof UIInput field) {
            field.setValid(false);
        }
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
