package nz.integrity.investigation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nz.integrity.investigation.CaseService;
import nz.integrity.investigation.CaseSubject;
import nz.integrity.investigation.SubjectRole;
import nz.integrity.platform.web.Messages;
import nz.integrity.platform.web.ServiceFeedback;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The case page's Subjects tab: who the case is about, and adding a registered client in a role. */
@Named
@ViewScoped
public class CaseSubjectsTab implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TAB = "caseForm:tabs:";
    private static final Map<String, String> INPUTS = Map.of(
            "clientNumber", TAB + "subjectClientNumber", "role", TAB + "subjectRole");

    @Inject
    transient CaseService cases;

    @Inject
    CaseFilePage caseFile;

    private transient List<CaseSubject> subjects;
    private String clientNumber;
    private SubjectRole role;

    /** Read only when the tab is first shown, so that opening a case does not record a view of its subjects. */
    public List<CaseSubject> getSubjects() {
        if (subjects == null) {
            subjects = cases.subjects(caseFile.getReference());
        }
        return subjects;
    }

    public void add() {
        if (ServiceFeedback.attempt(() -> cases.addSubject(caseFile.getReference(), clientNumber, role), INPUTS)) {
            Messages.info("case.subjects.added", clientNumber);
            clientNumber = null;
            role = null;
            subjects = null;
        }
    }

    public SubjectRole[] getRoles() {
        return SubjectRole.values();
    }

    public String getClientNumber() {
        return clientNumber;
    }

    public void setClientNumber(String clientNumber) {
        this.clientNumber = clientNumber;
    }

    public SubjectRole getRole() {
        return role;
    }

    public void setRole(SubjectRole role) {
        this.role = role;
    }
}
