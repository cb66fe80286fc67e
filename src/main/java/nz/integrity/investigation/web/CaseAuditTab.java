package nz.integrity.investigation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import nz.integrity.investigation.CaseAccess;
import nz.integrity.investigation.CaseAuditTimeline;

/** The case page's audit tab, shown to the supervisor of the case's team; the service decides who may read it. */
@Named
@ViewScoped
public class CaseAuditTab implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseAuditTimeline timeline;

    @Inject
    transient CaseAccess access;

    @Inject
    CaseFilePage caseFile;

    private transient List<CaseAuditTimeline.Event> events;

    public boolean isVisible() {
        return access.scopeOfCaller().map(scope -> scope.supervises(caseFile.getCaseFile())).orElse(false);
    }

    public List<CaseAuditTimeline.Event> getEvents() {
        if (events == null) {
            events = timeline.of(caseFile.getReference());
        }
        return events;
    }
}
