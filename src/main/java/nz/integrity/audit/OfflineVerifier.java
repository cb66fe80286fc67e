package nz.integrity.audit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nz.integrity.platform.json.CanonicalJson;

/**
 * The standalone verifier ({@code target/app-audit-verifier.jar}, plain Java, no server, no dependencies): checks an
 * export, a signed tree head and optionally an inclusion and a consistency proof offline, exactly like
 * {@code docs/verify-audit-log.py} (docs/audit-log-format.md §7.5):
 *
 * <pre>java -jar app-audit-verifier.jar --export log.txt --tree-head head.note --public-key key.pem
 *     [--fingerprint SHA256:hex] [--inclusion proof.json] [--consistency proof.json --old-tree-head old.note]</pre>
 *
 * With {@code --handover handover.note --previous-key old.pem} the published fingerprint may be that of the previous
 * key, which then vouches for {@code --public-key} ({@link KeyHandover}). Operators create a hand-over with
 * {@code --create-handover --old-key-dir DIR --new-public-key new.pem --origin ORIGIN} (printed to stdout).
 *
 * <p>Exit code 0 when all checks pass, 1 with the first failure and its position, 2 for bad arguments.
 */
public final class OfflineVerifier {

    private final PrintStream out;

    OfflineVerifier(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(new OfflineVerifier(System.out).run(args));
    }

    /** Failures are reported, never thrown: an outsider needs the position, not a stack trace. */
    int run(String[] args) {
        if (args.length > 0 && args[0].equals("--create-handover")) {
            return createHandover(Arrays.copyOfRange(args, 1, args.length));
        }
        Map<String, String> options;
        try {
            options = options(args);
        } catch (IllegalArgumentException e) {
            out.println("usage: --export FILE --tree-head FILE --public-key FILE [--fingerprint SHA256:HEX] "
                    + "[--inclusion FILE] [--consistency FILE --old-tree-head FILE]: " + e.getMessage());
            return 2;
        }
        try {
            verify(options);
            return 0;
        } catch (Failure failure) {
            out.println("FAILED: " + failure.getMessage());
            return 1;
        } catch (IOException | RuntimeException unreadable) {
            out.println("FAILED: cannot read the input: " + unreadable.getMessage());
            return 1;
        }
    }

    private void verify(Map<String, String> options) throws IOException {
        PublicKey key = CheckpointKeyFiles.readPublicKey(Path.of(options.get("--public-key")));
        String fingerprint = options.get("--fingerprint");
        PublicKey published = key;
        if (options.containsKey("--handover")) {
            published = CheckpointKeyFiles.readPublicKey(Path.of(options.get("--previous-key")));
            KeyHandover handover = KeyHandover.parse(Files.readString(Path.of(options.get("--handover")),
                    StandardCharsets.UTF_8));
            if (!handover.handsOver(published, key)) {
                throw new Failure("the key hand-over is not signed by the previous key for this key");
            }
            out.println("OK: key " + KeyHandover.fingerprint(key) + " handed over by " + KeyHandover.fingerprint(published));
        }
        if (fingerprint != null && !fingerprint.equals(KeyHandover.fingerprint(published))) {
            throw new Failure("the public key's fingerprint is not the published " + fingerprint);
        }
        SignedTreeHead head = treeHead(options.get("--tree-head"), key);
        List<String> hashes = walk(Path.of(options.get("--export")));
        if (hashes.size() < head.treeSize()) {
            throw new Failure("the export ends at seq " + hashes.size() + " but the signed tree head covers "
                    + head.treeSize() + " events: truncated");
        }
        List<byte[]> leaves = hashes.stream().map(MerkleTree::leafHash).toList();
        int size = (int) head.treeSize();
        if (!Arrays.equals(MerkleTree.root(leaves, size), head.rootHash())) {
            throw new Failure("the first " + size + " events do not give the signed root: an event up to seq "
                    + size + " was altered");
        }
        out.println("OK: " + hashes.size() + " events re-hashed; the first " + size + " match the signed tree head");
        if (options.containsKey("--inclusion")) {
            Map<?, ?> proof = json(options.get("--inclusion"));
            long seq = number(proof, "seq");
            if (number(proof, "treeSize") != size || seq < 1 || seq > size
                    || !MerkleTree.verifyInclusion(seq - 1, size, leaves.get((int) seq - 1), path(proof), head.rootHash())) {
                throw new Failure("seq " + seq + ": the inclusion proof does not lead to the signed root");
            }
            out.println("OK: event " + seq + " is included in the signed tree of " + size);
        }
        if (options.containsKey("--consistency")) {
            SignedTreeHead old = treeHead(options.get("--old-tree-head"), key);
            Map<?, ?> proof = json(options.get("--consistency"));
            if (number(proof, "first") != old.treeSize() || number(proof, "second") != size
                    || !MerkleTree.verifyConsistency(old.treeSize(), size, old.rootHash(), head.rootHash(), path(proof))) {
                throw new Failure("the log of " + size + " events is not an extension of the signed log of "
                        + old.treeSize() + " events");
            }
            out.println("OK: the signed tree of " + size + " extends the signed tree of " + old.treeSize());
        }
    }

    private static SignedTreeHead treeHead(String file, PublicKey key) throws IOException {
        SignedTreeHead head = SignedTreeHead.parse(Files.readString(Path.of(file), StandardCharsets.UTF_8));
        if (!head.isSignedBy(key)) {
            throw new Failure(file + ": not signed by the trusted key");
        }
        return head;
    }

    /** Re-hashes every line (its exact bytes), checking seq and prev_hash; returns the event hashes in order. */
    private static List<String> walk(Path export) throws IOException {
        List<String> hashes = new ArrayList<>();
        String prev = AuditFormats.GENESIS_HASH;
        for (String line : Files.readAllLines(export, StandardCharsets.UTF_8)) {
            long expected = hashes.size() + 1L;
            Map<?, ?> event;
            try {
                event = (Map<?, ?>) CanonicalJson.parse(line);
            } catch (RuntimeException notJson) {
                throw new Failure("line " + expected + " (seq " + expected + ") is not valid JSON: the event was altered");
            }
            Object seq = event.get("seq");
            if (!(seq instanceof Number n) || n.longValue() != expected) {
                throw new Failure("seq " + expected + " expected at line " + expected + ", found " + seq
                        + ": an event was deleted, inserted or moved");
            }
            if (!prev.equals(event.get("prev_hash"))) {
                throw new Failure("seq " + expected + " does not follow seq " + (expected - 1)
                        + " (prev_hash differs): event " + (expected - 1) + " or " + expected + " was altered");
            }
            prev = AuditEvent.hashOf(prev, line);
            hashes.add(prev);
        }
        return hashes;
    }

    private static Map<?, ?> json(String file) throws IOException {
        return (Map<?, ?>) CanonicalJson.parse(Files.readString(Path.of(file), StandardCharsets.UTF_8));
    }

    private static long number(Map<?, ?> json, String member) {
        if (!(json.get(member) instanceof Number n)) {
            throw new Failure("the proof has no number " + member);
        }
        return n.longValue();
    }

    private static List<byte[]> path(Map<?, ?> proof) {
        List<byte[]> path = new ArrayList<>();
        for (Object node : (List<?>) proof.get("path")) {
            path.add(HexFormat.of().parseHex((String) node));
        }
        return path;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected " + args[i]);
            }
            options.put(args[i], args[i + 1]);
        }
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("every option takes a value");
        }
        for (String required : List.of("--export", "--tree-head", "--public-key")) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException(required + " is required");
            }
        }
        if (options.containsKey("--consistency") != options.containsKey("--old-tree-head")) {
            throw new IllegalArgumentException("--consistency needs --old-tree-head");
        }
        if (options.containsKey("--handover") != options.containsKey("--previous-key")) {
            throw new IllegalArgumentException("--handover needs --previous-key");
        }
        return options;
    }

    /** Prints a hand-over note from the key pair in {@code --old-key-dir} to {@code --new-public-key}. */
    private int createHandover(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        if (!options.keySet().containsAll(List.of("--old-key-dir", "--new-public-key", "--origin"))) {
            out.println("usage: --create-handover --old-key-dir DIR --new-public-key FILE --origin ORIGIN");
            return 2;
        }
        out.print(KeyHandover.sign(options.get("--origin"), CheckpointKeyFiles.load(Path.of(options.get("--old-key-dir"))),
                CheckpointKeyFiles.readPublicKey(Path.of(options.get("--new-public-key")))).note());
        return 0;
    }

    /** A check that failed, with the position in its message. */
    private static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }
}
