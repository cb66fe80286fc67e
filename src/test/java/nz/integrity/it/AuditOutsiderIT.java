package nz.integrity.it;

import nz.integrity.demo.DemoData.DemoAccount;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 item 2: an outsider checks a fresh export, the signed tree heads, an inclusion and a consistency proof with
 * {@code docs/verify-audit-log.py} (Python standard library and openssl, no project code), and the script finds a
 * one-byte edit of any event, at its position.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditOutsiderIT {

    private static final String ADMIN = DemoAccount.ADMIN.username();
    private static final String REVIEWER = DemoAccount.REVIEWER.username();
    private static final Pattern NEXT = Pattern.compile("<[^>]*/api/audit/export\\?([^>]*)>; rel=\"next\"");

    @ArquillianResource
    URL deployment;

    @TempDir
    Path dir;


    @Test
    void aFreshExportVerifiesOfflineWithProofsAndAnyOneByteEditIsFound() throws Exception {
        assertEquals(201, call("POST", "/api/audit/checkpoints", ADMIN).statusCode());
        Path oldHead = save("old.note", call("GET", "/api/audit/tree-heads/latest", REVIEWER).body());
        long oldSize = Long.parseLong(new String(Files.readAllBytes(oldHead), StandardCharsets.UTF_8).split("\n")[1]);
        assertEquals(201, call("POST", "/api/audit/checkpoints", ADMIN).statusCode());
        HttpResponse<byte[]> latest = call("GET", "/api/audit/tree-heads/latest", REVIEWER);
        assertEquals(200, latest.statusCode());
        Path head = save("head.note", latest.body());
        long size = Long.parseLong(new String(latest.body(), StandardCharsets.UTF_8).split("\n")[1]);
        assertTrue(size > oldSize, "the second checkpoint signed a bigger tree");

        HttpResponse<byte[]> key = call("GET", "/api/audit/keys/current.pem", REVIEWER);
        assertEquals(200, key.statusCode());
        Path pem = save("key.pem", key.body());
        String fingerprint = key.headers().firstValue("X-Key-Fingerprint").orElseThrow();
        Path export = save("log.txt", exportAll());
        Path inclusion = save("inclusion.json",
                call("GET", "/api/audit/proofs/inclusion?seq=2&treeSize=" + size, REVIEWER).body());
        Path consistency = save("consistency.json",
                call("GET", "/api/audit/proofs/consistency?first=" + oldSize + "&second=" + size, REVIEWER).body());

        Result ok = verify(export, head, pem, "--fingerprint", fingerprint, "--inclusion", inclusion.toString(),
                "--consistency", consistency.toString(), "--old-tree-head", oldHead.toString());
        assertEquals(0, ok.exitCode, ok.output);
        assertTrue(ok.output.contains("is included") && ok.output.contains("extends"), ok.output);

        List<String> lines = Files.readAllLines(export, StandardCharsets.UTF_8);
        // One byte changed in an event in the middle: found where the chain breaks after it.
        int middle = (int) (size / 2);
        Result edited = verify(withOneByteChanged(export, lines, middle), head, pem);
        assertEquals(1, edited.exitCode, edited.output);
        assertTrue(edited.output.contains("seq " + (middle + 2) + " does not follow seq " + (middle + 1)), edited.output);
        // The last event the tree head covers: only the signed root can reveal it.
        Result last = verify(withOneByteChanged(export, lines.subList(0, (int) size), (int) size - 1), head, pem);
        assertEquals(1, last.exitCode, last.output);
        assertTrue(last.output.contains("do not give the signed root"), last.output);
        // Another key's fingerprint is refused before anything else.
        Result wrongKey = verify(export, head, pem, "--fingerprint", "SHA256:" + "0".repeat(64));
        assertEquals(1, wrongKey.exitCode, wrongKey.output);
    }

    @Test
    void theExportAndProofsAreRefusedToInvestigatorsAndBadParametersAreNamed() throws Exception {
        String investigator = DemoAccount.INVESTIGATOR.username();
        for (String path : List.of("/api/audit/export", "/api/audit/tree-heads/latest", "/api/audit/keys/current.pem",
                "/api/audit/proofs/inclusion?seq=1&treeSize=1", "/api/audit/proofs/consistency?first=1&second=1")) {
            assertEquals(403, call("GET", path, investigator).statusCode(), path);
        }
        assertEquals(403, call("GET", "/api/audit/export", REVIEWER).statusCode(), "personal information: admins only");
        HttpResponse<byte[]> bad = call("GET", "/api/audit/proofs/inclusion?seq=x&treeSize=1", REVIEWER);
        assertEquals(400, bad.statusCode());
        assertTrue(new String(bad.body(), StandardCharsets.UTF_8).contains("\"seq\""));
    }

    private byte[] exportAll() throws Exception {
        StringBuilder all = new StringBuilder();
        String query = "afterSeq=0&limit=50";
        while (query != null) {
            HttpResponse<byte[]> page = call("GET", "/api/audit/export?" + query, ADMIN);
            assertEquals(200, page.statusCode(), new String(page.body(), StandardCharsets.UTF_8));
            all.append(new String(page.body(), StandardCharsets.UTF_8));
            Matcher next = NEXT.matcher(page.headers().firstValue("Link").orElse(""));
            query = next.find() ? next.group(1) : null;
        }
        return all.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Changes one character of the actor of line {@code index} (0-based), keeping the line valid JSON. */
    private Path withOneByteChanged(Path export, List<String> lines, int index) throws IOException {
        List<String> changed = new ArrayList<>(lines);
        changed.set(index, changed.get(index).replaceFirst("\"actor\":\"(.)", "\"actor\":\"~"));
        assertTrue(!changed.get(index).equals(lines.get(index)), "edited line " + index);
        Path file = dir.resolve("edited-" + index + ".txt");
        Files.write(file, (String.join("\n", changed) + "\n").getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private record Result(int exitCode, String output) {
    }

    private Result verify(Path export, Path head, Path pem, String... more) throws Exception {
        List<String> command = new ArrayList<>(List.of("python3", "docs/verify-audit-log.py", "--export",
                export.toString(), "--tree-head", head.toString(), "--public-key", pem.toString()));
        command.addAll(List.of(more));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    private Path save(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private HttpResponse<byte[]> call(String method, String path, String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Deployments.loopback(deployment) + path))
                .header("Accept", "*/*")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user + "-demo-password").getBytes(StandardCharsets.UTF_8)))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
