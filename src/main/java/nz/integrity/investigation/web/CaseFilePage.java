package nz.integrity.investigation.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nz.integrity.investigation.CaseAccess;
import nz.integrity.investigation.CaseAction;
import nz.integrity.investigation.CaseDecision;
import nz.integrity.investigation.CaseOutcome;
import nz.integrity.investigation.CaseService;
import nz.integrity.investigation.InvestigationCase;
import nz.integrity.platform.NotFoundException;
import nz.integrity.platform.web.Messages;
import nz.integrity.platform.web.ServiceFeedback;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One case: its header, overview and decision history, and the lifecycle actions the caller may take. */
@Named
@ViewScoped
public class CaseFilePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String DIALOG = "transitionForm:";
    private static final Map<String, String> INPUTS = Map.of(
            "reason", DIALOG + "reason", "outcome", DIALOG + "outcome", "reviewDate", DIALOG + "reviewDate");

    @Inject
    transient CaseService cases;

    @Inject
    transient CaseAccess access;

    private String reference;
    private transient InvestigationCase caseFile;
    private transient List<CaseDecision> decisions;
    private CaseAction pendingAction;
    private String reason;
    private CaseOutcome outcome;
    private LocalDate reviewDate;

    /** A case outside the caller's scope answers exactly like one that does not exist: the not-found page. */
    public void open() throws IOException {
        try {
            caseFile = cases.open(reference);
        } catch (NotFoundException e) {
            FacesContext context = FacesContext.getCurrentInstance();
            ExternalContext external = context.getExternalContext();
            external.responseSendError(404, e.getMessage());
            context.responseComplete();
        }
    }

    public InvestigationCase getCaseFile() {
        if (caseFile == null) {
            caseFile = cases.open(reference);
        }
        return caseFile;
    }

    public List<CaseDecision> getDecisions() {
        if (decisions == null) {
            decisions = cases.decisions(reference);
        }
        return decisions;
    }

    /**
     * The moves the case's status allows, without the supervisor decisions for people who do not supervise its
     * team: offering only what can succeed. The service still decides.
     */
    public List<CaseAction> getActions() {
        boolean supervises = access.scopeOfCaller().map(scope -> scope.supervises(getCaseFile())).orElse(false);
        return CaseAction.availableFrom(getCaseFile().status()).stream()
                .filter(action -> !action.isSupervisorDecision() || supervises)
                .toList();
    }

    public void prepare(CaseAction action) {
        pendingAction = action;
        reason = null;
        outcome = null;
        reviewDate = null;
    }

    public void move() {
        if (ServiceFeedback.attempt(() -> cases.move(reference, pendingAction, reason, outcome, reviewDate), INPUTS)) {
            Messages.info("case.moved", Messages.text("case.action." + pendingAction.name()));
        }
        caseFile = null;
        decisions = null;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public CaseAction getPendingAction() {
        return pendingAction;
    }

    public CaseOutcome[] getOutcomes() {
        return CaseOutcome.values();
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public CaseOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(CaseOutcome outcome) {
        this.outcome = outcome;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public void setReviewDate(LocalDate reviewDate) {
        this.reviewDate = reviewDate;
    }
}
