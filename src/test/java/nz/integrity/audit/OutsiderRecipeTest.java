package nz.integrity.audit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outsider's script ({@code docs/verify-audit-log.py}, Python standard library and openssl) agrees with the Java
 * side on the export, the signed tree head and both proofs, and rejects a one-byte edit and a regrown log.
 */
class OutsiderRecipeTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("G3-O1: the offline script accepts what the server produces and finds a one-byte edit")
    void scriptAgreesWithJava() throws Exception {
        List<AuditEvent> chain = new ArrayList<>(AuditFixtures.chain(37));
        // An awkward event: escapes, non-ASCII and a bidi control must survive the export byte for byte.
        chain.add(AuditChain.append(chain.get(36), AuditEntry.builder().occurredAt(AuditFixtures.T0)
                .actor("m\u0101ori", "ADMIN").action("X").object("Y", null).outcome(Outcome.DENIED)
                .reason("a\u202eb\n\"c\"").origin("o").payload(Map.of("k", "\u2028")).build()));
        KeyPair keys = TestKeys.fresh();
        CheckpointSigner signer = new CheckpointSigner(keys);
        List<byte[]> leaves = chain.stream().map(e -> MerkleTree.leafHash(e.hash())).toList();
        Path head = note("head.note", signer.signTreeHead("test/audit", 38, MerkleTree.root(leaves, 38)));
        Path old = note("old.note", signer.signTreeHead("test/audit", 21, MerkleTree.root(leaves, 21)));
        Path pem = Files.writeString(dir.resolve("key.pem"), CheckpointKeyFiles.toPem(keys.getPublic()));
        Path export = export("log.txt", chain.stream().map(AuditEvent::canonicalContent).toList());
        Path inclusion = Files.writeString(dir.resolve("inclusion.json"), "{\"seq\":5,\"treeSize\":38,\"path\":"
                + hexList(MerkleTree.inclusionProof(leaves, 4, 38)) + "}");
        Path consistency = Files.writeString(dir.resolve("consistency.json"), "{\"first\":21,\"second\":38,\"path\":"
                + hexList(MerkleTree.consistencyProof(leaves, 21, 38)) + "}");

        Result ok = run(export, head, pem, "--fingerprint",
                "SHA256:" + AuditFormats.sha256Hex(keys.getPublic().getEncoded()), "--inclusion", inclusion.toString(),
                "--consistency", consistency.toString(), "--old-tree-head", old.toString());
        assertEquals(0, ok.code(), ok.output());

        List<String> lines = chain.stream().map(AuditEvent::canonicalContent).toList();
        for (int edited : List.of(0, 20, 36)) {
            List<String> changed = new ArrayList<>(lines);
            changed.set(edited, changed.get(edited).replace("\"outcome\":\"SUCCESS\"", "\"outcome\":\"SUCCESZ\""));
            Result broken = run(export("edited.txt", changed), head, pem);
            assertEquals(1, broken.code(), broken.output());
            assertTrue(broken.output().contains("seq " + (edited + 2) + " does not follow seq " + (edited + 1)),
                    broken.output());
        }
        Result wrongSigner = run(export, note("other.note", new CheckpointSigner(TestKeys.fresh())
                .signTreeHead("test/audit", 38, MerkleTree.root(leaves, 38))), pem);
        assertEquals(1, wrongSigner.code(), wrongSigner.output());
    }

    @Test
    @DisplayName("G3-O2: a reviewer who trusts the old key's fingerprint accepts the new key only through a hand-over the old key signed")
    void keyRotationWithSignedHandover() throws Exception {
        KeyPair retiring = TestKeys.fresh();
        KeyPair successor = TestKeys.fresh();
        List<AuditEvent> chain = AuditFixtures.chain(9);
        List<byte[]> leaves = chain.stream().map(e -> MerkleTree.leafHash(e.hash())).toList();
        Path head = note("head.note", new CheckpointSigner(successor).signTreeHead("test/audit", 9, MerkleTree.root(leaves, 9)));
        Path export = export("log.txt", chain.stream().map(AuditEvent::canonicalContent).toList());
        Path oldPem = Files.writeString(dir.resolve("old.pem"), CheckpointKeyFiles.toPem(retiring.getPublic()));
        Path newPem = Files.writeString(dir.resolve("new.pem"), CheckpointKeyFiles.toPem(successor.getPublic()));
        String published = KeyHandover.fingerprint(retiring.getPublic());
        Path handover = Files.writeString(dir.resolve("handover.note"),
                KeyHandover.sign("test/audit", retiring, successor.getPublic()).note());
        Path forged = Files.writeString(dir.resolve("forged.note"),
                KeyHandover.sign("test/audit", TestKeys.fresh(), successor.getPublic()).note()
                        .replaceFirst("old SHA256:[0-9a-f]+", "old " + published));

        Result accepted = run(export, head, newPem, "--fingerprint", published, "--handover", handover.toString(),
                "--previous-key", oldPem.toString());
        assertEquals(0, accepted.code(), accepted.output());
        assertTrue(accepted.output().contains("handed over"), accepted.output());
        Result withoutHandover = run(export, head, newPem, "--fingerprint", published);
        assertEquals(1, withoutHandover.code(), withoutHandover.output());
        Result forgedHandover = run(export, head, newPem, "--fingerprint", published, "--handover", forged.toString(),
                "--previous-key", oldPem.toString());
        assertEquals(1, forgedHandover.code(), forgedHandover.output());
    }

    private Path note(String name, SignedTreeHead head) throws Exception {
        return Files.write(dir.resolve(name), head.note().getBytes(StandardCharsets.UTF_8));
    }

    private Path export(String name, List<String> lines) throws Exception {
        return Files.write(dir.resolve(name), (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String hexList(List<byte[]> path) {
        return path.stream().map(p -> "\"" + HexFormat.of().formatHex(p) + "\"").toList().toString().replace(" ", "");
    }

    private record Result(int code, String output) {
    }

    /** Runs the Python script and the Java offline verifier on the same files; they must agree. */
    private static Result run(Path export, Path head, Path pem, String... more) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("--export", export.toString(), "--tree-head", head.toString(),
                "--public-key", pem.toString()));
        arguments.addAll(List.of(more));
        List<String> command = new ArrayList<>(List.of("python3", "docs/verify-audit-log.py"));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int python = process.waitFor();
        ByteArrayOutputStream javaOutput = new ByteArrayOutputStream();
        int java = new OfflineVerifier(new PrintStream(javaOutput, true, StandardCharsets.UTF_8))
                .run(arguments.toArray(String[]::new));
        String both = output + "\n--- Java offline verifier ---\n" + javaOutput.toString(StandardCharsets.UTF_8);
        assertEquals(python, java, both);
        assertEquals(lastLine(output), lastLine(javaOutput.toString(StandardCharsets.UTF_8)), both);
        return new Result(python, both);
    }

    private static String lastLine(String output) {
        String[] lines = output.strip().split("\n");
        return lines[lines.length - 1];
    }
}
