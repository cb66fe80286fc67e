package nz.integrity.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nz.integrity.platform.BusinessRuleException;
import nz.integrity.platform.DemoMode;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The checkpoint signing key, kept in a directory outside the database ({@code app.audit.key-dir}). Only demo mode
 * generates a missing key: anywhere else a new key would silently stop every earlier checkpoint from verifying, so
 * an operator installs it (docs/operations.md). A missing key fails checkpoint operations, never the start-up.
 */
@ApplicationScoped
public class CheckpointKeys {

    static final String KEY_RULE = "AUDIT_SIGNING_KEY";

    /** Sub-directory of the key directory holding retired public keys, whose checkpoints stay trusted. */
    static final String PREVIOUS_KEYS = "previous";

    private static final Logger LOG = Logger.getLogger(CheckpointKeys.class.getName());

    @Inject
    @ConfigProperty(name = "app.audit.key-dir", defaultValue = "./data/audit-keys")
    String keyDirectory;

    @Inject
    DemoMode demoMode;

    // Not cached when loading fails, so a key installed later is picked up without a restart.
    private volatile CheckpointSigner signer;

    /** The signer; throws a {@link BusinessRuleException} naming the problem when no usable key is installed. */
    public CheckpointSigner signer() {
        CheckpointSigner loaded = signer;
        if (loaded == null) {
            loaded = load();
            signer = loaded;
        }
        return loaded;
    }

    /**
     * Keys whose checkpoints verification accepts: the installed public key and the retired ones in
     * {@code previous/*.pem} (kept there at a key rotation, docs/operations.md), read from the key directory rather
     * than from the database, which an attacker able to forge rows could also write.
     */
    public List<PublicKey> trustedKeys() {
        List<PublicKey> trusted = new ArrayList<>();
        CheckpointSigner loaded = signer;
        Path publicKey = directory().resolve(CheckpointKeyFiles.PUBLIC_KEY_FILE);
        if (loaded != null) {
            trusted.add(loaded.publicKey());
        } else if (Files.isRegularFile(publicKey)) {
            trusted.add(CheckpointKeyFiles.readPublicKey(publicKey));
        }
        Path previous = directory().resolve(PREVIOUS_KEYS);
        if (Files.isDirectory(previous)) {
            try (Stream<Path> files = Files.list(previous)) {
                files.filter(file -> file.getFileName().toString().endsWith(".pem")).sorted()
                        .forEach(file -> trusted.add(CheckpointKeyFiles.readPublicKey(file)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the retired checkpoint keys in " + previous, e);
            }
        }
        return trusted;
    }

    public ChainVerifier verifier() {
        List<PublicKey> trusted = trustedKeys();
        return trusted.isEmpty() ? ChainVerifier.withoutTrustedKeys() : ChainVerifier.trusting(trusted);
    }

    private synchronized CheckpointSigner load() {
        if (signer != null) {
            return signer;
        }
        Path directory = directory();
        try {
            return demoMode.isOn()
                    ? CheckpointSigner.fromKeyDirectoryGeneratingIfAbsent(directory)
                    : CheckpointSigner.fromKeyDirectory(directory);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Checkpoint signing key in " + directory.toAbsolutePath() + " is not usable", e);
            throw new BusinessRuleException("No usable checkpoint signing key is installed (setting app.audit.key-dir). "
                    + "An operator must install the key pair; see docs/operations.md.", List.of(KEY_RULE));
        }
    }

    private Path directory() {
        return Path.of(keyDirectory);
    }
}
