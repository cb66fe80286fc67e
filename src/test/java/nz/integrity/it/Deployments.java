package nz.integrity.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.URL;

/**
 * The WAR that Maven built, plus the test fixture: tests run against the real artifact. The whole failsafe run
 * shares one deployment of {@link #suite()} (see {@code nz.integrity.it.deployment} and docs/testing.md).
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application() {
        return ShrinkWrap.create(ZipImporter.class, "app.war")
                .importFrom(new File(System.getProperty("app.war", "target/app.war")))
                .as(WebArchive.class)
                .addClass(ItFixture.class);
    }

    /**
     * The one deployment every IT runs against: the application plus this package (all IT classes and their
     * helpers), so that any class's in-container tests find their own class and helpers in the server.
     */
    public static WebArchive suite() {
        return application().addPackage(Deployments.class.getPackage());
    }

    /** Payara advertises the machine's network address; tests keep all traffic on loopback. */
    public static String loopback(URL deployed) {
        String url = deployed.toString().replaceFirst("//[^/:]+", "//localhost");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * The server's own root (scheme, host and port), where Payara serves /health, /metrics and /openapi. The suite
     * deploys the application at the context root as run.sh does, so today this equals {@link #loopback(URL)}.
     */
    public static String serverRoot(URL deployed) {
        java.net.URI app = java.net.URI.create(loopback(deployed));
        return app.getScheme() + "://" + app.getAuthority();
    }
}
