package nz.integrity.audit;

import java.util.Iterator;
import java.util.List;

/**
 * Fetches stored events one page at a time, so a verifier can stream a log of millions of rows.
 * Implementations should use keyset paging, e.g.
 * {@code SELECT … FROM audit_event WHERE seq > ? ORDER BY seq LIMIT ?}, not OFFSET.
 */
@FunctionalInterface
public interface EventPageSource {

    /** Up to {@code maxEvents} events with {@code seq > afterSeq}, in ascending seq order; empty at the end. */
    List<AuditEvent> fetchAfter(long afterSeq, int maxEvents);

    /** All events after {@code afterSeq}, fetched lazily {@code pageSize} at a time. */
    default Iterator<AuditEvent> eventsAfter(long afterSeq, int pageSize) {
        return new PagedEventIterator(this, afterSeq, pageSize);
    }
}
