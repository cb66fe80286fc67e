package nz.integrity.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nz.integrity.platform.BusinessRuleException;
import nz.integrity.platform.NotFoundException;
import nz.integrity.platform.security.Authorization;
import nz.integrity.platform.security.Role;

import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * Issues, lists and exports signed checkpoints of the audit chain. Administrators issue them on demand; the
 * {@link AuditCheckpointSchedule} issues them periodically. Reviewers may list and export them, so they can keep
 * their own copy of what the chain looked like.
 */
@ApplicationScoped
public class AuditCheckpoints {

    static final String CHECKPOINT = "AUDIT_CHECKPOINT";

    private static final Logger LOG = Logger.getLogger(AuditCheckpoints.class.getName());

    @Inject
    CheckpointStore checkpoints;

    @Inject
    AuditEventStore events;

    @Inject
    AuditSealing sealing;

    @Inject
    AuditProofs proofs;

    @Inject
    CheckpointKeys keys;

    @Inject
    Authorization authorization;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Signs the head of the chain, as a checkpoint and as a signed tree head of the same size. The audit event for the issue is recorded and sealed first (with every other
     * committed event), so the checkpoint vouches for its own record and the head has always moved past any earlier
     * checkpoint.
     */
    @Transactional
    public CheckpointDocument issue() {
        authorization.requireAnyRole("ISSUE_CHECKPOINT", CHECKPOINT, null, Role.ADMIN);
        CheckpointSigner signer;
        try {
            signer = keys.signer();
        } catch (BusinessRuleException noKey) {
            audit.recordIndependently(AuditedAction.of("CHECKPOINT_ISSUED", CHECKPOINT, null)
                    .failed("no usable signing key"));
            throw noKey;
        }
        audit.record(AuditedAction.of("CHECKPOINT_ISSUED", CHECKPOINT, null).succeeded().with("keyId", signer.keyId()));
        sealing.sealAllVisible();
        ChainHead head = events.lockHead();
        Checkpoint checkpoint = signer.sign(head, clock.instant());
        checkpoints.insert(checkpoint);
        proofs.signTreeHead(head, signer);
        return new CheckpointDocument(checkpoint, signer.publicKey());
    }

    /**
     * For the timer: signs the head unless it is already checkpointed. Not audited, because an audit event would
     * move the head and every run would then find something new to sign; the checkpoint row is the record.
     */
    @Transactional
    void issueIfHeadMoved() {
        ChainHead head = events.lockHead();
        if (head.isGenesis() || checkpoints.latestSeq() >= head.seq()) {
            return;
        }
        CheckpointSigner signer = keys.signer();
        Checkpoint checkpoint = signer.sign(head, clock.instant());
        checkpoints.insert(checkpoint);
        proofs.signTreeHead(head, signer);
        LOG.info(() -> "Audit checkpoint issued at seq " + checkpoint.seq() + " with key " + checkpoint.keyId());
    }

    /** The name a downloaded export document gets. */
    public static String exportFileName(long seq) {
        return "audit-checkpoint-" + seq + ".json";
    }

    /** Oldest first. */
    @Transactional
    public List<Checkpoint> list() {
        authorization.requireAnyRole("LIST_CHECKPOINTS", CHECKPOINT, null, Role.ADMIN, Role.REVIEWER);
        audit.record(AuditedAction.of("CHECKPOINTS_LISTED", CHECKPOINT, null).succeeded());
        return checkpoints.all();
    }

    /** The checkpoint with the public key that signed it, as the document a reviewer keeps. */
    @Transactional
    public CheckpointDocument export(long seq) {
        String id = Long.toString(seq);
        authorization.requireAnyRole("EXPORT_CHECKPOINT", CHECKPOINT, id, Role.ADMIN, Role.REVIEWER);
        Checkpoint checkpoint = checkpoints.find(seq).orElseThrow(() -> new NotFoundException("No checkpoint " + seq));
        CheckpointSigner signer = keys.signer();
        if (!checkpoint.keyId().equals(signer.keyId())) {
            throw new BusinessRuleException("Checkpoint " + seq + " was signed with key " + checkpoint.keyId()
                    + ", which is no longer installed.", List.of(CheckpointKeys.KEY_RULE));
        }
        audit.record(AuditedAction.of("CHECKPOINT_EXPORTED", CHECKPOINT, id).succeeded());
        return new CheckpointDocument(checkpoint, signer.publicKey());
    }
}
