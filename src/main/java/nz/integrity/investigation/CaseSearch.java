package nz.integrity.investigation;

import java.io.Serializable;

/** The case list's search form as the user fills it in; kept per view, turned into a {@link CaseFilter} on search. */
public class CaseSearch implements Serializable {

    private static final long serialVersionUID = 1L;

    private CaseStatus status;
    private AllegationType allegationType;
    private String teamCode;
    private String assignee;
    private String reference;
    private String clientNumber;
    private boolean mineOnly;
    private CaseSort sort = CaseSort.NEWEST;

    public CaseFilter toFilter() {
        return new CaseFilter(status, allegationType, teamCode, assignee, reference, clientNumber, mineOnly);
    }

    public CaseSearch copy() {
        CaseSearch copy = new CaseSearch();
        copy.status = status;
        copy.allegationType = allegationType;
        copy.teamCode = teamCode;
        copy.assignee = assignee;
        copy.reference = reference;
        copy.clientNumber = clientNumber;
        copy.mineOnly = mineOnly;
        copy.sort = sort;
        return copy;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    public AllegationType getAllegationType() {
        return allegationType;
    }

    public void setAllegationType(AllegationType allegationType) {
        this.allegationType = allegationType;
    }

    public String getTeamCode() {
        return teamCode;
    }

    public void setTeamCode(String teamCode) {
        this.teamCode = teamCode;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getClientNumber() {
        return clientNumber;
    }

    public void setClientNumber(String clientNumber) {
        this.clientNumber = clientNumber;
    }

    public boolean isMineOnly() {
        return mineOnly;
    }

    public void setMineOnly(boolean mineOnly) {
        this.mineOnly = mineOnly;
    }

    public CaseSort getSort() {
        return sort;
    }

    public void setSort(CaseSort sort) {
        this.sort = sort == null ? CaseSort.NEWEST : sort;
    }
}
