package nz.integrity.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Logger;

/**
 * Lockout recovery without an administrator session (issue 9 item 2). At start-up the application writes a fresh
 * random token to a file only the server's own user can read; {@code server-config/recover.sh} reads it and calls
 * {@link RecoveryServlet} on the loopback address. Holding the token therefore proves a shell on the server as the
 * application's user, the same trust as reading the database password. A restart replaces the token.
 */
@Startup
@Singleton
public class OperatorRecovery {

    private static final Logger LOG = Logger.getLogger(OperatorRecovery.class.getName());

    @Inject
    @ConfigProperty(name = "app.recovery.token-file", defaultValue = "./data/recovery-token")
    String tokenFile;

    private byte[] token;

    @PostConstruct
    void writeToken() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String text = HexFormat.of().formatHex(random);
        Path path = Path.of(tokenFile);
        try {
            if (path.toAbsolutePath().getParent() != null) {
                Files.createDirectories(path.toAbsolutePath().getParent());
            }
            Files.deleteIfExists(path);
            Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(path, text, StandardCharsets.US_ASCII);
        } catch (UnsupportedOperationException e) {
            throw new IllegalStateException("The recovery token needs a POSIX file system: " + path, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the recovery token " + path.toAbsolutePath(), e);
        }
        token = text.getBytes(StandardCharsets.US_ASCII);
        LOG.info(() -> "Operator recovery token written to " + path.toAbsolutePath());
    }

    /** Constant-time comparison, so the answer time does not leak the token. */
    public boolean accepts(String presented) {
        return presented != null && token != null
                && MessageDigest.isEqual(token, presented.strip().getBytes(StandardCharsets.US_ASCII));
    }
}
