package nz.integrity.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 9 item 9: what an anonymous caller can reach (docs/security.md, "What is public"). */
@ExtendWith(ArquillianExtension.class)
class PublicSurfaceIT {

    @ArquillianResource
    URL deployment;


    private String app() {
        return Deployments.loopback(deployment);
    }

    private String serverRoot() {
        String app = app();
        return app.substring(0, app.indexOf('/', "http://".length()));
    }

    @Test
    @RunAsClient
    void healthIsPublicForTheLoadBalancer() {
        assertEquals(200, new WebClient(serverRoot()).get("/health/live").statusCode());
        assertEquals(200, new WebClient(serverRoot()).get("/health/ready").statusCode());
    }

    @Test
    @RunAsClient
    void metricsAreForTheMonitoringAccountOnly() {
        HttpResponse<String> anonymous = new WebClient(serverRoot()).get("/metrics");
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertFalse(anonymous.body().contains("# TYPE"), "no metric is published anonymously");
        HttpResponse<String> staff = new WebClient(serverRoot()).getText("/metrics", "admin", "admin-demo-password");
        assertEquals(401, staff.statusCode(), "staff accounts are not the monitoring account");
        assertFalse(staff.body().contains("# TYPE"), "no metric is published to a staff account");
        HttpResponse<String> wrong = new WebClient(serverRoot()).getText("/metrics", "monitoring", "not-the-password");
        assertEquals(401, wrong.statusCode());

        HttpResponse<String> monitoring = new WebClient(serverRoot()).getText("/metrics", "monitoring",
                "it-monitoring-password");
        assertEquals(200, monitoring.statusCode(), monitoring.body());
        assertTrue(monitoring.body().contains("audit_unsealed_max_age_seconds"), "the application's own gauge is published");
        HttpResponse<String> notAPage = new WebClient(serverRoot()).api("GET", "/api/cases", "monitoring",
                "it-monitoring-password", null);
        assertEquals(401, notAPage.statusCode(), "the monitoring account opens nothing but the metrics");
    }

    @Test
    @RunAsClient
    void optionsListsMethodsWithoutWadl() {
        HttpResponse<String> options = new WebClient(app()).api("OPTIONS", "/api/cases", null, null, null);
        String type = options.headers().firstValue("Content-Type").orElse("");
        assertFalse(type.contains("wadl"), type);
        assertFalse(options.body().toLowerCase().contains("wadl"), options.body());
        assertFalse(options.body().toLowerCase().contains("jersey"), options.body());
    }

    @Test
    @RunAsClient
    void traceIsRefused() throws Exception {
        URI uri = URI.create(app());
        // java.net.http refuses to send TRACE, so this speaks HTTP/1.1 itself.
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("TRACE " + uri.getPath() + "/api/cases HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "X-Secret: echo-me\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            String status = response.substring(0, response.indexOf("\r\n"));
            assertTrue(status.contains(" 405 ") || status.contains(" 403 ") || status.contains(" 501 ")
                    || status.contains(" 400 "), status);
            assertFalse(response.contains("echo-me"), "the request is not echoed");
        }
    }
}
