package nz.integrity.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * "Authorise, audit the view, then query" written once (issue 10 item 4), so a read cannot skip or reorder a step:
 * nothing is read before the caller is allowed and the view is recorded. It runs in the caller's transaction
 * ({@code MANDATORY}) and records with {@link AuditTrail#record}, which joins it, so the view event commits with the
 * read and a failed audit write fails the read before any data is queried (fail closed). A refusal is recorded
 * once by whatever the {@code authorise} step calls ({@code Authorization}, {@code CaseService.findVisible}).
 */
@ApplicationScoped
public class AuditedReads {

    @Inject
    AuditTrail audit;

    /**
     * @param authorise checks the caller and loads what the read is about, throwing when refused
     * @param viewed    the view event, from what {@code authorise} loaded
     * @param query     the read itself, from what {@code authorise} loaded
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <A, T> T read(Supplier<A> authorise, Function<A, AuditedAction> viewed, Function<A, T> query) {
        A allowed = authorise.get();
        audit.record(viewed.apply(allowed));
        return query.apply(allowed);
    }
}
