package nz.integrity.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 item 2: {@code target/app-audit-verifier.jar} runs with nothing but the JDK ({@code java -jar}, no class
 * path, no server), accepts a genuine export and rejects a one-byte edit. An integration test because the jar is
 * built in the package phase; it starts no server.
 */
class AuditVerifierJarIT {

    private static final Path JAR = Path.of("target", "app-audit-verifier.jar");

    @TempDir
    Path dir;

    @Test
    void theJarHoldsOnlyAuditCoreClasses() throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> classes = jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class")).toList();
            assertTrue(classes.contains("nz/integrity/audit/OfflineVerifier.class"), classes.toString());
            for (String name : classes) {
                // The audit core and the canonical JSON it hashes with (platform.json since issue 10), nothing else.
                assertTrue(name.startsWith("nz/integrity/audit/")
                        || name.startsWith("nz/integrity/platform/json/CanonicalJson")
                        || name.startsWith("nz/integrity/platform/json/JsonParser"), name);
            }
            assertEquals("nz.integrity.audit.OfflineVerifier", jar.getManifest().getMainAttributes().getValue("Main-Class"));
        }
    }

    @Test
    void itVerifiesAnExportAloneAndFindsAnEdit() throws Exception {
        List<AuditEvent> chain = AuditFixtures.chain(25);
        KeyPair keys = TestKeys.fresh();
        List<byte[]> leaves = chain.stream().map(e -> MerkleTree.leafHash(e.hash())).toList();
        Path head = Files.writeString(dir.resolve("head.note"),
                new CheckpointSigner(keys).signTreeHead("jar/audit", 25, MerkleTree.root(leaves, 25)).note());
        Path pem = Files.writeString(dir.resolve("key.pem"), CheckpointKeyFiles.toPem(keys.getPublic()));
        List<String> lines = new ArrayList<>(chain.stream().map(AuditEvent::canonicalContent).toList());
        Path export = Files.write(dir.resolve("log.txt"), (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));

        String ok = run(0, export, head, pem);
        assertTrue(ok.contains("OK: 25 events re-hashed"), ok);

        lines.set(9, lines.get(9).replace("\"actor\":\"i", "\"actor\":\"j"));
        Path edited = Files.write(dir.resolve("edited.txt"), (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        String broken = run(1, edited, head, pem);
        assertTrue(broken.contains("seq 11 does not follow seq 10"), broken);
    }

    private static String run(int expectedExit, Path export, Path head, Path pem) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-jar", JAR.toString(), "--export", export.toString(),
                "--tree-head", head.toString(), "--public-key", pem.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(expectedExit, process.waitFor(), output);
        return output;
    }
}
