package nz.integrity.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import nz.integrity.platform.security.Authorization;
import nz.integrity.staff.Role;
import org.hibernate.Session;

import java.util.List;

/**
 * Verifies the stored chain against every stored checkpoint whose signature the installed key confirms.
 * Administrators and reviewers may run it; each run is itself an audit event.
 */
@ApplicationScoped
public class AuditVerification {

    static final String AUDIT_CHAIN = "AUDIT_CHAIN";

    /** Rows per keyset page: big enough to keep round trips few, small enough to keep memory flat. */
    static final int PAGE_SIZE = 1000;

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

    @Transactional
    public VerificationResult verify(VerificationStart start) {
        authorization.requireAnyRole("VERIFY_AUDIT_CHAIN", AUDIT_CHAIN, null, Role.ADMIN, Role.REVIEWER);
        List<Checkpoint> stored = checkpoints.all();
        ChainVerifier verifier = keys.verifier();
        VerificationResult result = em.unwrap(Session.class).doReturningWork(connection -> {
            EventPageSource source = new JdbcEventPageSource(connection);
            if (start == VerificationStart.LATEST_CHECKPOINT && !stored.isEmpty()) {
                Checkpoint latest = stored.get(stored.size() - 1);
                return verifier.verifyFromCheckpoint(latest, source.eventsAfter(latest.seq(), PAGE_SIZE), stored);
            }
            return verifier.verifyFromGenesis(source.eventsAfter(0, PAGE_SIZE), stored);
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
