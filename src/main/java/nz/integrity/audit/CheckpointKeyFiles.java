package nz.integrity.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Set;

/**
 * The checkpoint signing key pair as two PEM files in one directory:
 * <ul>
 *   <li>{@value #PRIVATE_KEY_FILE}: PKCS#8 {@code -----BEGIN PRIVATE KEY-----}, mode 600 where
 *       the file system is POSIX;</li>
 *   <li>{@value #PUBLIC_KEY_FILE}: X.509 SubjectPublicKeyInfo {@code -----BEGIN PUBLIC KEY-----}.</li>
 * </ul>
 * This is exactly what {@code openssl genpkey -algorithm ed25519 -out checkpoint-ed25519-private.pem}
 * and {@code openssl pkey -in checkpoint-ed25519-private.pem -pubout -out checkpoint-ed25519-public.pem}
 * produce, so operations can create or inspect keys without Java.
 */
public final class CheckpointKeyFiles {

    public static final String PRIVATE_KEY_FILE = "checkpoint-ed25519-private.pem";
    public static final String PUBLIC_KEY_FILE = "checkpoint-ed25519-public.pem";

    private static final String PRIVATE_LABEL = "PRIVATE KEY";
    private static final String PUBLIC_LABEL = "PUBLIC KEY";
    private static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    private static final System.Logger LOG = System.getLogger(CheckpointKeyFiles.class.getName());

    private CheckpointKeyFiles() {
    }

    /** Loads the pair; fails if either file is missing, unreadable, not Ed25519, or the halves do not match. */
    public static KeyPair load(Path directory) {
        Path privateFile = directory.resolve(PRIVATE_KEY_FILE);
        Path publicFile = directory.resolve(PUBLIC_KEY_FILE);
        if (!Files.isRegularFile(privateFile) || !Files.isRegularFile(publicFile)) {
            throw new IllegalStateException("checkpoint key pair not found: expected " + privateFile + " and " + publicFile);
        }
        warnIfReadableByOthers(privateFile);
        PrivateKey privateKey = Ed25519Keys.privateKeyFromPkcs8(readPem(privateFile, PRIVATE_LABEL));
        PublicKey publicKey = readPublicKey(publicFile);
        if (!Ed25519Keys.isPair(privateKey, publicKey)) {
            throw new IllegalStateException(privateFile + " and " + publicFile + " are not one key pair");
        }
        return new KeyPair(publicKey, privateKey);
    }

    /**
     * Demo mode: loads the pair, or creates the directory and a fresh pair if neither file exists.
     * Refuses to proceed when only one of the two files exists, because overwriting half a pair
     * would silently orphan every checkpoint signed so far.
     */
    public static KeyPair loadOrGenerate(Path directory) {
        boolean privateExists = Files.exists(directory.resolve(PRIVATE_KEY_FILE));
        boolean publicExists = Files.exists(directory.resolve(PUBLIC_KEY_FILE));
        if (privateExists || publicExists) {
            return load(directory);
        }
        KeyPair generated = Ed25519Keys.generate();
        try {
            write(directory, generated);
        } catch (FileAlreadyExistsException anotherProcessWon) {
            return load(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write checkpoint key pair to " + directory, e);
        }
        LOG.log(Level.WARNING, "Generated a new checkpoint signing key {0} in {1}; demo mode only",
                Ed25519Keys.keyId(generated.getPublic()), directory);
        return generated;
    }

    /** Reads a PEM public key, e.g. the separately kept trusted copy a verifier should use. */
    public static PublicKey readPublicKey(Path pemFile) {
        return Ed25519Keys.publicKeyFromX509(readPem(pemFile, PUBLIC_LABEL));
    }

    public static String toPem(PublicKey publicKey) {
        return pem(PUBLIC_LABEL, publicKey.getEncoded());
    }

    private static void write(Path directory, KeyPair pair) throws IOException {
        boolean posix = createDirectory(directory);
        // Written under temporary names and moved into place, so a crash never leaves a
        // half-written key under the real name.
        Path privateTmp = createTempFile(directory, posix);
        Path publicTmp = createTempFile(directory, posix);
        try {
            Files.writeString(privateTmp, pem(PRIVATE_LABEL, pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            Files.writeString(publicTmp, pem(PUBLIC_LABEL, pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
            if (posix) {
                Files.setPosixFilePermissions(publicTmp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(privateTmp, directory.resolve(PRIVATE_KEY_FILE));
            Files.move(publicTmp, directory.resolve(PUBLIC_KEY_FILE));
        } finally {
            Files.deleteIfExists(privateTmp);
            Files.deleteIfExists(publicTmp);
        }
    }

    /** Returns whether POSIX permissions apply, so callers know whether mode 600 was actually set. */
    private static boolean createDirectory(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            if (supportsPosix(nearestExistingAncestor(directory))) {
                Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
            } else {
                Files.createDirectories(directory);
            }
        }
        return supportsPosix(directory);
    }

    private static Path nearestExistingAncestor(Path path) {
        Path candidate = path.toAbsolutePath();
        while (candidate != null && !Files.exists(candidate)) {
            candidate = candidate.getParent();
        }
        if (candidate == null) {
            throw new IllegalStateException("no existing ancestor of " + path);
        }
        return candidate;
    }

    private static Path createTempFile(Path directory, boolean posix) throws IOException {
        // The permission is set at creation so the private key is never briefly world-readable.
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE)}
                : new FileAttribute<?>[0];
        return Files.createTempFile(directory, ".checkpoint-key-", ".tmp", attributes);
    }

    private static boolean supportsPosix(Path path) throws IOException {
        return Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class);
    }

    private static void warnIfReadableByOthers(Path privateFile) {
        try {
            if (supportsPosix(privateFile) && !OWNER_READ_WRITE.containsAll(Files.getPosixFilePermissions(privateFile))) {
                LOG.log(Level.WARNING, "Checkpoint private key {0} is accessible to group or others; expected mode 600",
                        privateFile);
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(Level.DEBUG, "Cannot read permissions of " + privateFile, e);
        }
    }

    private static String pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    private static byte[] readPem(Path file, String label) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException(file + " is not a PEM file with a " + label + " block");
        }
        String body = text.substring(from + begin.length(), to).replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " has invalid base64 in its " + label + " block", e);
        }
    }
}
