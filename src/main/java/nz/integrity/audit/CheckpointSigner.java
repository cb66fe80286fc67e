package nz.integrity.audit;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/** Signs checkpoints with an Ed25519 key pair. Thread-safe: it holds only immutable keys. */
public final class CheckpointSigner {

    private final KeyPair keyPair;
    private final String keyId;

    public CheckpointSigner(KeyPair keyPair) {
        if (keyPair == null) {
            throw new IllegalArgumentException("key pair is required");
        }
        Ed25519Keys.requireEd25519(keyPair.getPrivate());
        Ed25519Keys.requireEd25519(keyPair.getPublic());
        if (!Ed25519Keys.isPair(keyPair.getPrivate(), keyPair.getPublic())) {
            throw new IllegalArgumentException("private and public key do not belong together");
        }
        this.keyPair = keyPair;
        this.keyId = Ed25519Keys.keyId(keyPair.getPublic());
    }

    /** Production: the key pair must already exist in {@code directory} (see {@link CheckpointKeyFiles}). */
    public static CheckpointSigner fromKeyDirectory(Path directory) {
        return new CheckpointSigner(CheckpointKeyFiles.load(directory));
    }

    /** Demo mode: generates and stores a key pair in {@code directory} on first use. */
    public static CheckpointSigner fromKeyDirectoryGeneratingIfAbsent(Path directory) {
        return new CheckpointSigner(CheckpointKeyFiles.loadOrGenerate(directory));
    }

    /** Signs "event {@code head.seq()} has hash {@code head.hash()}"; {@code issuedAt} is truncated to microseconds. */
    public Checkpoint sign(ChainHead head, Instant issuedAt) {
        if (head == null || head.isGenesis()) {
            throw new IllegalArgumentException("an empty chain has nothing to checkpoint");
        }
        Instant issued = AuditFormats.requireMicrosecondInstant("issued_at",
                issuedAt == null ? null : issuedAt.truncatedTo(ChronoUnit.MICROS));
        String content = Checkpoint.signedContent(head.seq(), head.hash(), issued, keyId);
        byte[] signature = Ed25519Keys.sign(keyPair.getPrivate(), AuditFormats.utf8(content));
        return new Checkpoint(head.seq(), head.hash(), issued, keyId, Base64.getEncoder().encodeToString(signature));
    }

    /** Signs the tree head of {@code size} events with root {@code root} as a C2SP note named {@code origin}. */
    public SignedTreeHead signTreeHead(String origin, long size, byte[] root) {
        return SignedTreeHead.sign(origin, size, root, keyPair.getPrivate(), keyPair.getPublic());
    }

    public PublicKey publicKey() {
        return keyPair.getPublic();
    }

    public String keyId() {
        return keyId;
    }
}
