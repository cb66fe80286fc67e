package nz.integrity.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.URL;

/** The WAR that Maven built, plus the test fixture: tests run against the real artifact. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application() {
        return ShrinkWrap.create(ZipImporter.class, "app.war")
                .importFrom(new File(System.getProperty("app.war", "target/app.war")))
                .as(WebArchive.class)
                .addClass(ItFixture.class);
    }

    /** Payara advertises the machine's network address; tests keep all traffic on loopback. */
    public static String loopback(URL deployed) {
        String url = deployed.toString().replaceFirst("//[^/:]+", "//localhost");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
