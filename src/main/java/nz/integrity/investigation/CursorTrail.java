package nz.integrity.investigation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Page numbers over a keyset-paged list that has no total count. It remembers where each page seen so far
 * starts (as cursor tokens), so Previous and any page already reached can be read again, and it claims one
 * more page only when the list said another page exists. Page n+1 becomes reachable by reading page n.
 */
public final class CursorTrail implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int pageSize;
    /** Token of the cursor each known page starts after; the first page starts at the beginning (null). */
    private final List<String> starts = new ArrayList<>();
    private int rowsKnown;

    public CursorTrail(int pageSize) {
        this.pageSize = pageSize;
        starts.add(null);
        rowsKnown = pageSize;
    }

    public int pageSize() {
        return pageSize;
    }

    /** Where page {@code pageIndex} starts; only pages already known to exist can be asked for. */
    public Optional<CaseCursor> startOf(int pageIndex) {
        if (pageIndex < 0 || pageIndex >= starts.size()) {
            throw new IllegalArgumentException("Page " + pageIndex + " has not been reached yet");
        }
        return Optional.ofNullable(starts.get(pageIndex)).map(CaseCursor::parse);
    }

    /** Records what reading page {@code pageIndex} showed: how many rows, and where the next page starts if any. */
    public void read(int pageIndex, int rows, Optional<CaseCursor> next) {
        if (next.isPresent()) {
            if (pageIndex + 1 < starts.size()) {
                starts.set(pageIndex + 1, next.get().token());
            } else {
                starts.add(next.get().token());
            }
        } else {
            // The list ends here now, even if it went further before (cases may have closed or moved).
            starts.subList(pageIndex + 1, starts.size()).clear();
        }
        int pagesAfter = starts.size() - 1 - pageIndex;
        rowsKnown = pageIndex * pageSize + rows + pagesAfter * pageSize;
    }

    /**
     * A row count for a paginator: the rows seen up to the page last read plus one page for each known page
     * after it. It is exact only once the last page has been read, and never costs a count query.
     */
    public int rowsKnown() {
        return rowsKnown;
    }
}
