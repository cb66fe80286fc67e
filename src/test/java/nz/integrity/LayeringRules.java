package nz.integrity;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering of docs/architecture.md as ArchUnit rules, written once for a root package so that
 * {@link ArchitectureTest} checks them on {@code nz.integrity} and {@link LayeringRulesTest} proves on the
 * deliberately bad classes under {@code nz.integrity.archfixture} that each rule fails when it should.
 */
final class LayeringRules {

    private LayeringRules() {
    }

    /** The ground floor ({@code platform}) imports no feature: features depend on it, never the other way. */
    static ArchRule platformImportsNoFeature(String root) {
        return noClasses().that().resideInAPackage(root + ".platform..")
                .should().dependOnClassesThat(aFeatureOf(root))
                .because("platform is the ground floor every feature stands on; where it needs a feature it "
                        + "declares an interface the feature implements (docs/architecture.md)");
    }

    /** No cycles between any two packages, sub-packages included: every package is its own slice. */
    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles()
                .because("dependencies point one way, so a package can be understood and changed "
                        + "without the packages that use it");
    }

    /**
     * A feature's domain (anything outside {@code web} and {@code rest}) never imports a feature's adapters; demo
     * data, which may import everything, is not a domain.
     */
    static ArchRule domainImportsNoAdapter(String root) {
        DescribedPredicate<JavaClass> adapter = aFeatureAdapterOf(root);
        return noClasses().that(aFeatureOf(root).and(DescribedPredicate.not(adapter))).and().resideOutsideOfPackage(root + ".demo..")
                .should().dependOnClassesThat(adapter)
                .because("Faces beans and JAX-RS resources translate input and output only; the rules they "
                        + "call must not depend on how they are shown");
    }

    /** Demo data may build objects of every feature, but nothing depends on it (tests aside). */
    static ArchRule nobodyImportsDemo(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".demo..")
                .should().dependOnClassesThat().resideInAPackage(root + ".demo..")
                .because("demo data exists only on embedded H2; production code must run without it");
    }

    /** Classes of a feature: under the root but not on the ground floor ({@code platform}). */
    private static DescribedPredicate<JavaClass> aFeatureOf(String root) {
        Pattern feature = Pattern.compile(Pattern.quote(root) + "\\.(?!platform(\\.|$))[^.]+(\\..*)?");
        return DescribedPredicate.describe("a feature of " + root + " (not platform)",
                javaClass -> feature.matcher(javaClass.getPackageName()).matches());
    }

    /** Classes in a feature's {@code web} or {@code rest} package (platform's web/rest plumbing is not a feature). */
    private static DescribedPredicate<JavaClass> aFeatureAdapterOf(String root) {
        Pattern adapter = Pattern.compile(Pattern.quote(root) + "\\.(?!platform\\.)[^.]+\\.(web|rest)(\\..*)?");
        return DescribedPredicate.describe("a feature's web or rest adapter under " + root,
                javaClass -> adapter.matcher(javaClass.getPackageName()).matches());
    }
}
