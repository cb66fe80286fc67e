package nz.integrity.platform;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start scripts never delete the runtime directory of a server that is still running (issue 9, item 12). */
class ServerScriptsTest {

    private static final Path HELPER = Path.of("server-config/runtime-dir.sh").toAbsolutePath();

    @TempDir
    Path work;

    private Process server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.destroyForcibly();
        }
    }

    /** Stands in for Payara: claims the directory, leaves a file in it and keeps the inherited lock while it lives. */
    private Process startServerOn(Path root) throws IOException, InterruptedException {
        Process started = new ProcessBuilder("bash", "-c",
                "source \"$0\"; claim_runtime_dir \"$1\"; touch \"$1/live-deployment\"; echo claimed; exec sleep 60",
                HELPER.toString(), root.toString()).redirectErrorStream(true).start();
        String first = new String(started.getInputStream().readNBytes("claimed\n".length()), StandardCharsets.UTF_8);
        assertEquals("claimed\n", first);
        return started;
    }

    private static int claim(Path root) throws IOException, InterruptedException {
        Process claim = new ProcessBuilder("bash", "-c", "source \"$0\"; claim_runtime_dir \"$1\"",
                HELPER.toString(), root.toString()).redirectErrorStream(true).start();
        assertTrue(claim.waitFor(30, TimeUnit.SECONDS));
        return claim.exitValue();
    }

    @Test
    @DisplayName("Issue 9.12: a second start on a live server's runtime directory stops and deletes nothing")
    void aLiveServersDirectoryIsNotDeleted() throws Exception {
        Path root = work.resolve("payara-root");
        server = startServerOn(root);
        assertNotEquals(0, claim(root));
        assertTrue(Files.exists(root.resolve("live-deployment")), "the running server's files were deleted");
    }

    @Test
    @DisplayName("Issue 9.12: once the server has stopped, the next start gets a fresh directory")
    void aStoppedServersDirectoryIsStartedFresh() throws Exception {
        Path root = work.resolve("payara-root");
        server = startServerOn(root);
        server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertEquals(0, claim(root));
        assertFalse(Files.exists(root.resolve("live-deployment")));
    }

    @Test
    @DisplayName("Issue 9.12: every script that starts Payara claims its directory; the generator uses its own")
    void everyStartScriptClaimsItsDirectory() throws IOException {
        for (String script : List.of("server-config/run.sh", "server-config/benchmark/start-app.sh")) {
            String text = Files.readString(Path.of(script));
            assertTrue(text.contains("claim_runtime_dir"), script);
            assertFalse(text.contains("rm -rf"), script + " deletes a directory without the lock");
        }
        assertTrue(Files.readString(Path.of("server-config/benchmark/generate.sh")).contains("PAYARA_ROOT="),
                "generate.sh must not start on the default runtime directory of run.sh");
    }
}
