package nz.integrity.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class PagedEventIteratorTest {

    private final List<AuditEvent> events = AuditFixtures.chain(10);

    @Test
    void requestsEachPageAfterTheHighestSeqSoFar() {
        List<Long> requestedAfter = new ArrayList<>();
        EventPageSource table = (afterSeq, max) -> {
            requestedAfter.add(afterSeq);
            return events.stream().filter(e -> e.seq() > afterSeq).limit(max).toList();
        };

        List<Long> seen = new ArrayList<>();
        table.eventsAfter(3, 4).forEachRemaining(e -> seen.add(e.seq()));

        assertEquals(List.of(4L, 5L, 6L, 7L, 8L, 9L, 10L), seen);
        assertEquals(List.of(3L, 7L, 10L), requestedAfter);
    }

    @Test
    void endsWhenAPageIsEmptyAndThenStaysEnded() {
        EventPageSource empty = (afterSeq, max) -> List.of();
        Iterator<AuditEvent> iterator = empty.eventsAfter(0, 100);

        assertFalse(iterator.hasNext());
        assertThrows(NoSuchElementException.class, iterator::next);
    }

    @Test
    void failsInsteadOfLoopingWhenTheSourceDoesNotAdvance() {
        EventPageSource stuck = (afterSeq, max) -> List.of(events.get(0));
        Iterator<AuditEvent> iterator = stuck.eventsAfter(5, 100);

        assertThrows(IllegalStateException.class, iterator::hasNext);
    }
}
