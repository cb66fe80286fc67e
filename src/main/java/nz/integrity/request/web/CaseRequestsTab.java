package nz.integrity.request.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nz.integrity.investigation.CaseAccess;
import nz.integrity.investigation.web.CaseFilePage;
import nz.integrity.investigation.CaseScope;
import nz.integrity.investigation.CaseStatus;
import nz.integrity.request.InformationRequest;
import nz.integrity.request.RequestQueries;

import java.io.Serializable;
import java.util.List;

/** The case page's Requests tab: the case's information requests and, for investigators, drafting a new one. */
@Named
@ViewScoped
public class CaseRequestsTab implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestQueries requests;

    @Inject
    transient CaseAccess access;

    @Inject
    CaseFilePage caseFile;

    private transient List<InformationRequest> onCase;

    public List<InformationRequest> getRequests() {
        if (onCase == null) {
            onCase = requests.onCase(caseFile.getReference());
        }
        return onCase;
    }

    /** Only investigators draft, and only on a case being investigated; the service still decides. */
    public boolean isMayDraft() {
        return access.scopeOfCaller().map(CaseScope::investigator).orElse(false)
                && caseFile.getCaseFile().status() == CaseStatus.INVESTIGATING;
    }
}
