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
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a use case for a page and turns its refusals into Faces messages: a field message goes next to the input
 * it is about, everything else to the page's message region. Pages never see a stack trace. Only bad input
 * marks validation as failed, so a dialog stays open for the user to correct it; a refusal closes it and the
 * page shows why.
 */
public final class ServiceFeedback {

    private static final Pattern RULE_ID = Pattern.compile("(R\\d+[a-z]?)\\b");

    private ServiceFeedback() {
    }

    /**
     * @param inputsByField the service's field names mapped to the absolute client ids of the inputs showing them
     * @return whether the use case succeeded
     */
    public static boolean attempt(Runnable useCase, Map<String, String> inputsByField) {
        return attempt(useCase, inputsByField, ruleId -> null);
    }

    /**
     * Like {@link #attempt(Runnable, Map)}, and each broken rule's line links to the part of the page where it is
     * fixed.
     *
     * @param sectionOfRule the id of the page element where a rule id's input is edited, or null when there is none
     */
    public static boolean attempt(Runnable useCase, Map<String, String> inputsByField,
                                  Function<String, String> sectionOfRule) {
        try {
            useCase.run();
            return true;
        } catch (ValidationException e) {
            e.fieldMessages().forEach((field, text) -> showAt(inputsByField.get(field), text));
            FacesContext.getCurrentInstance().validationFailed();
        } catch (BusinessRuleException e) {
            // One message per broken rule: the page lists them one to a line instead of one run-on paragraph.
            Messages.errorText(e.summary());
            e.breaches().forEach(breach -> showBreach(breach, sectionOfRule));
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

    /** A breach line starts with its rule id ("R07 ..."); it links to that rule's section when the page has one. */
    private static void showBreach(String breach, Function<String, String> sectionOfRule) {
        Matcher rule = RULE_ID.matcher(breach);
        String section = rule.lookingAt() ? sectionOfRule.apply(rule.group(1)) : null;
        if (section == null) {
            Messages.errorText(breach);
        } else {
            Messages.errorLinkedTo(section, breach);
        }
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
