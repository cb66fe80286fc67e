package nz.integrity.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.inject.Inject;
import nz.integrity.platform.security.Authorization;
import nz.integrity.platform.security.CallerContext;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Refuses a postback whose CSP nonce is missing or is not the one its view was rendered with, before any input is
 * applied or any action runs. PrimeFaces itself checks the nonce only when it renders the answer, after the action
 * has already changed data, and then fails with a 500 (issue 9, item 3). The check is PrimeFaces' own
 * ({@code CspState.getNonce}), run earlier. The refusal is audited and the page is reloaded with a message;
 * nothing is changed.
 */
public class PostbackNonceCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Authorization authorization;

    @Inject
    transient CallerContext caller;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.APPLY_REQUEST_VALUES;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() || !PrimeApplicationContext.getCurrentInstance(context).getConfig().isCsp()) {
            return;
        }
        try {
            PrimeFacesContext.getCspState(context).getNonce();
        } catch (CspException e) {
            refuse(context, e.getMessage());
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // Nothing to do once the values are applied.
    }

    private void refuse(FacesContext context, String why) {
        String viewId = context.getViewRoot().getViewId();
        if (caller.isAuthenticated()) {
            authorization.recordRefusal("POSTBACK", "PAGE", viewId, why);
        }
        Messages.error("error.postbackRefused");
        // Back to the same page with its parameters (a case reference, a request reference), as a fresh GET.
        String url = context.getApplication().getViewHandler().getBookmarkableURL(context, viewId, Map.of(), true);
        try {
            context.getExternalContext().redirect(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
