package nz.integrity.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import nz.integrity.platform.security.Authorization;
import nz.integrity.platform.security.Role;
import org.hibernate.Session;

import java.util.List;

/**
 * Verifies the stored chain against every stored checkpoint whose signature the installed key confirms.
 * Administrators and reviewers may run it; each run is itself an audit event.
 */
@ApplicationScoped
public class AuditVerification {

    static final String AUDIT_CHAIN = "AUDIT_CHAIN";

    /** Rows per fetch and per hashing batch: big enough to keep round trips few, small enough to keep memory flat. */
    static final int PAGE_SIZE = 1000;

    /** Batches in flight: enough to keep every core busy while the next rows arrive. */
    private static final int WINDOW = 2 * Math.max(2, Runtime.getRuntime().availableProcessors());

    @PersistenceContext
    EntityManager em;

    @Inject
    CheckpointStore checkpoints;

    @Inject
    CheckpointKeys keys;

    @Inject
    Authorization authorization;

    @Inject
    AuditTrail audit;

    @Resource
    ManagedExecutorService hashingPool;

    @Transactional
    public VerificationResult verify(VerificationStart start) {
        authorization.requireAnyRole("VERIFY_AUDIT_CHAIN", AUDIT_CHAIN, null, Role.ADMIN, Role.REVIEWER);
        List<Checkpoint> stored = checkpoints.all();
        ChainVerifier verifier = keys.verifier();
        Checkpoint latest = start == VerificationStart.LATEST_CHECKPOINT && !stored.isEmpty()
                ? stored.get(stored.size() - 1) : null;
        // One streaming query on this transaction's connection; validation and hashing run on the pool.
        VerificationResult result = em.unwrap(Session.class).doReturningWork(connection -> {
            try (JdbcEventStream rows = new JdbcEventStream(connection, latest == null ? 0 : latest.seq(), PAGE_SIZE)) {
                ParallelHashing events = new ParallelHashing(rows, hashingPool, WINDOW);
                return latest == null
                        ? verifier.verifyHashedFromGenesis(events, stored)
                        : verifier.verifyHashedFromCheckpoint(latest, events, stored);
            }
        });
        AuditedAction verified = AuditedAction.of("AUDIT_VERIFIED", AUDIT_CHAIN, null)
                .with("start", start.name())
                .with("checkedFromSeq", result.checkedFromSeq())
                .with("checkedToSeq", result.checkedToSeq())
                .with("lastAnchoredSeq", result.lastAnchoredSeq());
        audit.record(result.isIntact() ? verified.succeeded() : verified.failed(result.toString()));
        return result;
    }
}
