package nz.integrity.audit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Turns batches of raw rows into {@link HashedEvent}s on a pool of threads, keeping the original order. The caller's
 * thread reads the next batches while the pool validates and hashes earlier ones; at most {@code window} batches are
 * in flight, so memory stays flat whatever the log's size. A row that cannot be an event is delivered as the
 * {@link MalformedAuditEventException} its position raises, exactly as a sequential reader would.
 */
public final class ParallelHashing implements Iterator<HashedEvent> {

    private final Iterator<? extends List<EventRow>> batches;
    private final ExecutorService pool;
    private final int window;
    private final Deque<Future<List<Object>>> inFlight = new ArrayDeque<>();
    private Iterator<Object> current = List.of().iterator();

    ParallelHashing(Iterator<? extends List<EventRow>> batches, ExecutorService pool, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be >= 1");
        }
        this.batches = batches;
        this.pool = pool;
        this.window = window;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            fill();
            if (inFlight.isEmpty()) {
                return false;
            }
            current = await(inFlight.removeFirst()).iterator();
        }
        return true;
    }

    @Override
    public HashedEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Object item = current.next();
        if (item instanceof MalformedAuditEventException malformed) {
            throw malformed;
        }
        return (HashedEvent) item;
    }

    private void fill() {
        while (inFlight.size() < window && batches.hasNext()) {
            List<EventRow> batch = batches.next();
            inFlight.addLast(pool.submit(() -> hash(batch)));
        }
    }

    private static List<Object> hash(List<EventRow> batch) {
        List<Object> hashed = new ArrayList<>(batch.size());
        for (EventRow row : batch) {
            try {
                hashed.add(HashedEvent.of(row.toEvent()));
            } catch (MalformedAuditEventException malformed) {
                hashed.add(malformed);
            }
        }
        return hashed;
    }

    private static List<Object> await(Future<List<Object>> batch) {
        try {
            return batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("verification interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("hashing a batch of audit events failed", e.getCause());
        }
    }
}
