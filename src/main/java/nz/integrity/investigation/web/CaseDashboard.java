package nz.integrity.investigation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nz.integrity.investigation.CaseCursor;
import nz.integrity.investigation.CaseFilter;
import nz.integrity.investigation.CaseList;
import nz.integrity.investigation.CasePage;
import nz.integrity.investigation.CaseSort;
import nz.integrity.investigation.CaseStatus;
import nz.integrity.investigation.CaseSummary;

/** The home page's case widgets: a few rows each, read by keyset like the case list, never counted. */
@Named
@RequestScoped
public class CaseDashboard {

    static final int SHOWN = 5;
    /** Closed cases are skipped on the way; reading stops after this many pages so the widget stays cheap. */
    private static final int MAX_PAGES_READ = 4;
    private static final int PAGE = 25;

    @Inject
    CaseList list;

    private List<CaseSummary> myOpenCases;
    private List<CaseSummary> awaitingMyDecision;

    /** The caller's own cases that are still open, newest first. */
    public List<CaseSummary> getMyOpenCases() {
        if (myOpenCases == null) {
            CaseFilter mine = new CaseFilter(null, null, null, null, null, null, true);
            List<CaseSummary> open = new ArrayList<>();
            CaseCursor after = null;
            for (int read = 0; read < MAX_PAGES_READ && open.size() < SHOWN; read++) {
                CasePage page = list.page(mine, CaseSort.NEWEST, after, PAGE);
                page.rows().stream().filter(row -> !row.status().isClosed()).limit(SHOWN - open.size()).forEach(open::add);
                Optional<CaseCursor> next = page.next();
                if (next.isEmpty()) {
                    break;
                }
                after = next.get();
            }
            myOpenCases = List.copyOf(open);
        }
        return myOpenCases;
    }

    /** Cases in the caller's scope whose investigation or outcome a supervisor has been asked to decide, oldest first. */
    public List<CaseSummary> getAwaitingMyDecision() {
        if (awaitingMyDecision == null) {
            awaitingMyDecision = Stream.of(CaseStatus.INVESTIGATION_PROPOSED, CaseStatus.OUTCOME_PROPOSED)
                    .flatMap(status -> list.page(new CaseFilter(status, null, null, null, null, null, false),
                            CaseSort.OLDEST, null, SHOWN).rows().stream())
                    .sorted(Comparator.comparingLong(CaseSummary::id))
                    .limit(SHOWN)
                    .toList();
        }
        return awaitingMyDecision;
    }
}
