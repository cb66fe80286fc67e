package nz.integrity.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 9, item 11, PostgreSQL only (skipped on H2): when every connection of the application is cut, as a database
 * restart does, the very next request succeeds and readiness reports UP again without any request failing first.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseRestartIT {

    /** Readiness is polled this many times, a second apart: recovery must come within seconds, not after 80. */
    private static final int READINESS_POLLS = 10;

    @ArquillianResource
    URL deployment;

    private static String option(String opts, String name) {
        Matcher m = Pattern.compile("-D" + Pattern.quote(name) + "=(\\S+)").matcher(opts);
        return m.find() ? m.group(1) : null;
    }

    /** Terminates every other session on the application's database; returns how many were cut. */
    private static int cutTheApplicationsConnections(String opts) throws SQLException {
        try (Connection admin = DriverManager.getConnection(option(opts, "db.url"), option(opts, "db.user"), option(opts, "db.password"));
             Statement statement = admin.createStatement();
             ResultSet cut = statement.executeQuery("select count(*) filter (where pg_terminate_backend(pid)) from pg_stat_activity "
                     + "where datname = current_database() and pid <> pg_backend_pid()")) {
            cut.next();
            return cut.getInt(1);
        }
    }

    @Test
    @RunAsClient
    void afterEveryConnectionIsCutTheNextRequestSucceedsAndReadinessRecoversOnItsOwn() throws Exception {
        String opts = System.getProperty("it.db.opts", "");
        assumeTrue(opts.contains("postgresql"), "PostgreSQL only: H2 runs in the server's own process");
        String base = Deployments.loopback(deployment);
        Api investigator = new Api(new WebClient(base), "investigator");
        // MicroProfile Health answers at the server's root, outside the application's context path.
        WebClient web = new WebClient(java.net.URI.create(base).resolve("/").toString().replaceFirst("/$", ""));
        assertEquals(200, investigator.call("GET", "/api/cases", null).statusCode());
        assertEquals(200, web.get("/health/ready").statusCode());

        assertTrue(cutTheApplicationsConnections(opts) > 0, "the application held connections");
        HttpResponse<String> first = investigator.call("GET", "/api/cases", null);
        assertEquals(200, first.statusCode(), "the first request after the restart: " + first.body());

        assertTrue(cutTheApplicationsConnections(opts) > 0, "the application held connections again");
        int status = 0;
        for (int poll = 0; poll < READINESS_POLLS && status != 200; poll++) {
            if (poll > 0) {
                Thread.sleep(1000);
            }
            status = web.get("/health/ready").statusCode();
        }
        assertEquals(200, status, "readiness did not recover on its own");
    }
}
