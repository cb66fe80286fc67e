package nz.integrity;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import nz.integrity.platform.DemoMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * The layering of docs/architecture.md, checked on the production classes (tests may reach anywhere, demo and
 * the deliberately bad fixtures of {@link LayeringRulesTest} included). {@link LayeringRulesTest} shows that
 * each rule fails on a class set that breaks it.
 */
class ArchitectureTest {

    private static final String ROOT = "nz.integrity";

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        // Only the compiled main classes, read from their directory: scanning the whole test classpath for the
        // package is slower and brings nothing (libraries are not checked, tests may reach anywhere).
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(mainClassesDirectory());
    }

    private static Path mainClassesDirectory() {
        try {
            return Path.of(DemoMode.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void platform_imports_no_feature() {
        LayeringRules.platformImportsNoFeature(ROOT).check(production);
    }

    @Test
    void no_package_cycles_anywhere() {
        LayeringRules.noPackageCycles(ROOT).check(production);
    }

    @Test
    void a_domain_imports_no_web_or_rest_adapter() {
        LayeringRules.domainImportsNoAdapter(ROOT).check(production);
    }

    @Test
    void nobody_imports_demo() {
        LayeringRules.nobodyImportsDemo(ROOT).check(production);
    }
}
