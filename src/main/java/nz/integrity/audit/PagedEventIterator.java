package nz.integrity.audit;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** Holds at most one page in memory. */
final class PagedEventIterator implements Iterator<AuditEvent> {

    private final EventPageSource source;
    private final int pageSize;
    private long cursor;
    private List<AuditEvent> page = List.of();
    private int index;
    private boolean exhausted;

    PagedEventIterator(EventPageSource source, long afterSeq, int pageSize) {
        if (source == null || pageSize < 1) {
            throw new IllegalArgumentException("a source and a page size >= 1 are required");
        }
        this.source = source;
        this.cursor = afterSeq;
        this.pageSize = pageSize;
    }

    @Override
    public boolean hasNext() {
        if (index < page.size()) {
            return true;
        }
        if (exhausted) {
            return false;
        }
        page = source.fetchAfter(cursor, pageSize);
        index = 0;
        if (page == null || page.isEmpty()) {
            page = List.of();
            exhausted = true;
            return false;
        }
        advanceCursor();
        return true;
    }

    @Override
    public AuditEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return page.get(index++);
    }

    /**
     * Continues after the highest seq seen, not the last row, so a page returned out of order
     * (itself a finding for the verifier) can neither repeat nor skip pages.
     */
    private void advanceCursor() {
        long highest = cursor;
        for (AuditEvent event : page) {
            highest = Math.max(highest, event.seq());
        }
        if (highest == cursor) {
            throw new IllegalStateException("page source returned no event after seq " + cursor + "; it would loop");
        }
        cursor = highest;
    }
}
