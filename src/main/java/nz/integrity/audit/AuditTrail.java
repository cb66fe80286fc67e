package nz.integrity.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import nz.integrity.platform.security.CallerContext;
import nz.integrity.platform.security.RefusalMarker;

import java.time.Clock;

/**
 * Records audit events. {@link #record} joins the caller's transaction, so the event commits or rolls back with the
 * action it describes and a failed audit write fails the action (no event, no action). The event is inserted
 * unsealed, without taking any lock, so audited transactions commit in parallel; the {@link AuditSequencer} then
 * gives committed events their gap-free chain position and hash within {@code app.audit.seal-interval-ms}.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    AuditEventStore store;

    @Inject
    CallerContext caller;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    Instance<RefusalMarker> refusals;

    /** Records within the caller's transaction; there must be one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditedAction action) {
        append(action);
    }

    /** Records in a transaction of its own: for refusals, whose surrounding transaction will roll back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordIndependently(AuditedAction action) {
        append(action);
    }

    private void append(AuditedAction action) {
        AuditEntry entry = AuditEntry.builder()
                .occurredAt(clock.instant())
                .actor(action.actor() != null ? action.actor() : caller.username(), caller.rolesForAudit())
                .action(action.action())
                .object(action.objectType(), action.objectId())
                .outcome(action.outcome())
                .reason(action.reason())
                .origin(caller.origin())
                .payload(action.details())
                .build();
        store.insertUnsealed(entry);
        if (action.outcome() == Outcome.DENIED) {
            markRefusalAuditedOnCommit();
        }
    }

    /**
     * A refusal counts as audited only once its event is committed: an event recorded in a transaction that then
     * rolls back is gone, and the REST safety net must still record the refusal.
     */
    private void markRefusalAuditedOnCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    try {
                        refusals.get().markAudited();
                    } catch (ContextNotActiveException e) {
                        // No request (timer, startup): there is no response for the safety net to look at.
                    }
                }
            }
        });
    }
}
