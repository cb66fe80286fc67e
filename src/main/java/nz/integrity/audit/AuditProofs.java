package nz.integrity.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nz.integrity.platform.NotFoundException;
import nz.integrity.platform.ValidationException;
import nz.integrity.platform.security.Authorization;
import nz.integrity.platform.security.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Proofs an outsider can check (issue 11 item 2): signed tree heads of the log's Merkle tree, inclusion proofs for
 * any event, consistency proofs between two tree sizes, the export of every event exactly as hashed, and the public
 * key. Administrators and reviewers; every call is audited. The export holds personal information, so it is for
 * administrators only (docs/audit-log-format.md §7).
 */
@ApplicationScoped
public class AuditProofs {

    static final String TREE = "AUDIT_TREE";

    /** Most lines per export page. */
    static final int MAX_EXPORT = 10_000;

    @Inject
    AuditTreeStore tree;

    @Inject
    JdbcExport export;

    @Inject
    CheckpointKeys keys;

    @Inject
    Authorization authorization;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "app.audit.log-origin", defaultValue = "integrity-case-manager/audit")
    String origin;

    public record InclusionProof(long seq, long leafIndex, long treeSize, String eventHash, String rootHash,
            List<String> path) {
    }

    public record ConsistencyProof(long first, long second, String firstRoot, String secondRoot, List<String> path) {
    }

    public record ExportPage(List<String> lines, Long nextAfterSeq) {
    }

    /** Signs the tree of the sealed head's size; part of issuing a checkpoint, in its transaction. */
    void signTreeHead(ChainHead head, CheckpointSigner signer) {
        if (head.isGenesis() || tree.find(head.seq()).isPresent()) {
            return;
        }
        byte[] root = MerkleTree.root(tree.leaves(head.seq()), (int) head.seq());
        tree.insert(signer.signTreeHead(origin, head.seq(), root), clock.instant());
    }

    @Transactional
    public SignedTreeHead latestTreeHead() {
        authorization.requireAnyRole("VIEW_TREE_HEAD", TREE, null, Role.ADMIN, Role.REVIEWER);
        SignedTreeHead head = tree.latest().orElseThrow(() -> new NotFoundException("No tree head has been signed yet"));
        audit.record(AuditedAction.of("TREE_HEAD_VIEWED", TREE, Long.toString(head.treeSize())).succeeded());
        return head;
    }

    @Transactional
    public SignedTreeHead treeHead(long size) {
        authorization.requireAnyRole("VIEW_TREE_HEAD", TREE, Long.toString(size), Role.ADMIN, Role.REVIEWER);
        SignedTreeHead head = tree.find(size).orElseThrow(() -> new NotFoundException("No signed tree head of size " + size));
        audit.record(AuditedAction.of("TREE_HEAD_VIEWED", TREE, Long.toString(size)).succeeded());
        return head;
    }

    @Transactional
    public InclusionProof inclusion(long seq, long treeSize) {
        authorization.requireAnyRole("PROVE_INCLUSION", TREE, Long.toString(seq), Role.ADMIN, Role.REVIEWER);
        if (seq > treeSize) {
            throw new ValidationException("seq", "must not be larger than treeSize");
        }
        List<byte[]> leaves = leavesOrNotFound(treeSize);
        int size = (int) treeSize;
        List<byte[]> path = MerkleTree.inclusionProof(leaves, (int) seq - 1, size);
        audit.record(AuditedAction.of("INCLUSION_PROVED", TREE, Long.toString(seq)).succeeded().with("treeSize", treeSize));
        return new InclusionProof(seq, seq - 1, treeSize, export.hashAt(seq), hex(MerkleTree.root(leaves, size)), hex(path));
    }

    @Transactional
    public ConsistencyProof consistency(long first, long second) {
        authorization.requireAnyRole("PROVE_CONSISTENCY", TREE, first + "-" + second, Role.ADMIN, Role.REVIEWER);
        if (first > second) {
            throw new ValidationException("first", "must not be larger than second");
        }
        List<byte[]> leaves = leavesOrNotFound(second);
        List<byte[]> path = MerkleTree.consistencyProof(leaves, (int) first, (int) second);
        audit.record(AuditedAction.of("CONSISTENCY_PROVED", TREE, first + "-" + second).succeeded());
        return new ConsistencyProof(first, second, hex(MerkleTree.root(leaves, (int) first)),
                hex(MerkleTree.root(leaves, (int) second)), hex(path));
    }

    /** Sealed events after {@code afterSeq}, each line its canonical content exactly as hashed. */
    @Transactional
    public ExportPage export(long afterSeq, int limit) {
        authorization.requireAnyRole("EXPORT_AUDIT_LOG", TREE, null, Role.ADMIN);
        if (limit < 1 || limit > MAX_EXPORT) {
            throw new ValidationException("limit", "must be between 1 and " + MAX_EXPORT);
        }
        List<String> lines = export.canonicalLines(afterSeq, limit);
        audit.record(AuditedAction.of("AUDIT_LOG_EXPORTED", TREE, null).succeeded()
                .with("afterSeq", afterSeq).with("events", lines.size()));
        return new ExportPage(lines, lines.size() < limit ? null : afterSeq + lines.size());
    }

    /** The installed public key as PEM; its fingerprint is what operators publish out of band. */
    @Transactional
    public String currentKeyPem() {
        authorization.requireAnyRole("VIEW_AUDIT_KEY", TREE, null, Role.ADMIN, Role.REVIEWER);
        String pem = CheckpointKeyFiles.toPem(keys.signer().publicKey());
        audit.record(AuditedAction.of("AUDIT_KEY_VIEWED", TREE, keys.signer().keyId()).succeeded());
        return pem;
    }

    public String currentKeyFingerprint() {
        return "SHA256:" + AuditFormats.sha256Hex(keys.signer().publicKey().getEncoded());
    }

    private List<byte[]> leavesOrNotFound(long size) {
        if (size > Integer.MAX_VALUE) {
            throw new ValidationException("treeSize", "is too large");
        }
        try {
            return tree.leaves(size);
        } catch (IllegalStateException shorter) {
            throw new NotFoundException("The audit log has no tree of size " + size + ": " + shorter.getMessage());
        }
    }

    private static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }

    private static List<String> hex(List<byte[]> path) {
        List<String> hexes = new ArrayList<>(path.size());
        path.forEach(node -> hexes.add(hex(node)));
        return hexes;
    }
}
