package nz.integrity.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointKeyFilesTest {

    @TempDir
    Path tmp;

    @Test
    void generatesAKeyPairOnFirstUseAndReusesItAfterwards() {
        Path keyDir = tmp.resolve("keys");

        CheckpointSigner first = CheckpointSigner.fromKeyDirectoryGeneratingIfAbsent(keyDir);
        CheckpointSigner second = CheckpointSigner.fromKeyDirectoryGeneratingIfAbsent(keyDir);
        CheckpointSigner production = CheckpointSigner.fromKeyDirectory(keyDir);

        assertTrue(Files.isRegularFile(keyDir.resolve(CheckpointKeyFiles.PRIVATE_KEY_FILE)));
        assertTrue(Files.isRegularFile(keyDir.resolve(CheckpointKeyFiles.PUBLIC_KEY_FILE)));
        assertEquals(first.keyId(), second.keyId());
        assertEquals(first.keyId(), production.keyId());
    }

    @Test
    void privateKeyIsOwnerReadWriteOnlyWhereThePlatformHasPosixPermissions() throws IOException {
        assumeTrue(Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class));
        Path keyDir = tmp.resolve("config").resolve("keys");

        CheckpointKeyFiles.loadOrGenerate(keyDir);

        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(keyDir.resolve(CheckpointKeyFiles.PRIVATE_KEY_FILE))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyDir)));
        try (var leftovers = Files.list(keyDir)) {
            assertEquals(2, leftovers.count(), "no temporary files left behind");
        }
    }

    @Test
    void productionLoadFailsWhenNoKeyExistsInsteadOfInventingOne() {
        assertThrows(IllegalStateException.class, () -> CheckpointSigner.fromKeyDirectory(tmp));
    }

    @Test
    void refusesToRegenerateWhenHalfOfThePairIsMissing() throws IOException {
        CheckpointKeyFiles.loadOrGenerate(tmp);
        Files.delete(tmp.resolve(CheckpointKeyFiles.PUBLIC_KEY_FILE));

        assertThrows(IllegalStateException.class, () -> CheckpointKeyFiles.loadOrGenerate(tmp));
        assertTrue(Files.exists(tmp.resolve(CheckpointKeyFiles.PRIVATE_KEY_FILE)), "existing key not overwritten");
    }

    @Test
    void refusesFilesThatAreNotOneKeyPair() throws IOException {
        Path other = tmp.resolve("other");
        CheckpointKeyFiles.loadOrGenerate(tmp);
        CheckpointKeyFiles.loadOrGenerate(other);
        Files.copy(other.resolve(CheckpointKeyFiles.PUBLIC_KEY_FILE), tmp.resolve(CheckpointKeyFiles.PUBLIC_KEY_FILE),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThrows(IllegalStateException.class, () -> CheckpointKeyFiles.load(tmp));
    }

    @Test
    void readsPemFilesAsOpensslWritesThem() throws IOException {
        // openssl genpkey -algorithm ed25519 writes PKCS#8 v1 with the label "PRIVATE KEY".
        Files.writeString(tmp.resolve(CheckpointKeyFiles.PRIVATE_KEY_FILE), "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(TestKeys.RFC8032_PKCS8))
                + "\n-----END PRIVATE KEY-----\n");
        Files.writeString(tmp.resolve(CheckpointKeyFiles.PUBLIC_KEY_FILE),
                CheckpointKeyFiles.toPem(TestKeys.rfc8032().getPublic()));

        KeyPair loaded = CheckpointKeyFiles.load(tmp);

        assertArrayEquals(HexFormat.of().parseHex(TestKeys.RFC8032_X509), loaded.getPublic().getEncoded());
        assertEquals("06e3fd8fda29bb60", Ed25519Keys.keyId(CheckpointKeyFiles.readPublicKey(
                tmp.resolve(CheckpointKeyFiles.PUBLIC_KEY_FILE))));
    }

    @Test
    void rejectsAFileWithoutTheExpectedPemBlock() throws IOException {
        Path file = tmp.resolve("not-a-key.pem");
        Files.writeString(file, "hello");

        assertThrows(IllegalArgumentException.class, () -> CheckpointKeyFiles.readPublicKey(file));
    }
}
