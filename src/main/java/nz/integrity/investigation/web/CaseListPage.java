package nz.integrity.investigation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nz.integrity.investigation.AllegationType;
import nz.integrity.investigation.CaseAccess;
import nz.integrity.investigation.CaseList;
import nz.integrity.investigation.CasePage;
import nz.integrity.investigation.CaseSearch;
import nz.integrity.investigation.CaseSort;
import nz.integrity.investigation.CaseStatus;
import nz.integrity.investigation.CaseSummary;
import nz.integrity.investigation.CursorTrail;
import nz.integrity.platform.web.ServiceFeedback;
import nz.integrity.staff.Team;
import org.omnifaces.util.Components;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The case list page: a search form over {@link CaseList}, paged by keyset through a {@link CursorTrail}. */
@Named
@ViewScoped
public class CaseListPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 10;
    private static final String TABLE = "casesForm:cases";

    @Inject
    transient CaseList caseList;

    @Inject
    transient CaseAccess access;

    private final CaseSearch search = new CaseSearch();
    private CaseSearch applied = search.copy();
    private CasePages cases = new CasePages();
    private transient List<Team> teams;

    /** Applies the form and starts again at the first page: cursors of the old search mean nothing for the new one. */
    public void search() {
        applied = search.copy();
        cases = new CasePages();
        if (Components.findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public CaseSearch getSearch() {
        return search;
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    public LazyDataModel<CaseSummary> getCases() {
        return cases;
    }

    public List<Team> getTeams() {
        if (teams == null) {
            teams = access.teamsOfCaller();
        }
        return teams;
    }

    public CaseStatus[] getStatuses() {
        return CaseStatus.values();
    }

    public AllegationType[] getAllegationTypes() {
        return AllegationType.values();
    }

    public CaseSort[] getSorts() {
        return CaseSort.values();
    }

    /**
     * The lazy model PrimeFaces pages through. Its row count comes from the trail, never from a count query: the
     * paginator offers the pages reached so far and one more when the list says there is one.
     */
    private final class CasePages extends LazyDataModel<CaseSummary> {

        private static final long serialVersionUID = 1L;

        private final CursorTrail trail = new CursorTrail(PAGE_SIZE);

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return trail.rowsKnown();
        }

        @Override
        public List<CaseSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int pageIndex = first / trail.pageSize();
            Optional<CasePage> page = ServiceFeedback.obtain(() -> caseList.page(applied.toFilter(), applied.getSort(),
                    trail.startOf(pageIndex).orElse(null), trail.pageSize()), Map.of());
            page.ifPresent(read -> trail.read(pageIndex, read.rows().size(), read.next()));
            setRowCount(page.isPresent() ? trail.rowsKnown() : 0);
            return page.map(CasePage::rows).orElse(List.of());
        }
    }
}
