package nz.integrity;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import nz.integrity.archfixture.demo.DemoSeeder;
import nz.integrity.archfixture.party.Client;
import nz.integrity.archfixture.party.ClientThatImportsDemo;
import nz.integrity.archfixture.party.ClientThatImportsItsPage;
import nz.integrity.archfixture.party.Referral;
import nz.integrity.archfixture.party.web.ClientPage;
import nz.integrity.archfixture.platform.GroundFloor;
import nz.integrity.archfixture.platform.GroundFloorThatImportsAFeature;
import nz.integrity.archfixture.staff.Member;
import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of {@link ArchitectureTest} can fail: each one, applied to the miniature code base in
 * {@code nz.integrity.archfixture}, passes on the well-shaped classes and fails, naming the offender, as soon as
 * one deliberately added back-import joins them (issue 10's "fails on a deliberately added back-import").
 */
class LayeringRulesTest {

    private static final String ROOT = "nz.integrity.archfixture";

    /** Ground floor, a feature's domain and its page, demo data: every rule holds. */
    private static final Class<?>[] WELL_SHAPED = {GroundFloor.class, Client.class, ClientPage.class, DemoSeeder.class};

    @Test
    void the_well_shaped_classes_pass_every_rule() {
        JavaClasses classes = importWith();
        for (ArchRule rule : Stream.of(LayeringRules.platformImportsNoFeature(ROOT), LayeringRules.noPackageCycles(ROOT),
                LayeringRules.domainImportsNoAdapter(ROOT), LayeringRules.nobodyImportsDemo(ROOT)).toList()) {
            EvaluationResult result = rule.evaluate(classes);
            assertFalse(result.hasViolation(), () -> rule.getDescription() + " failed: " + result.getFailureReport());
        }
    }

    @Test
    void platform_importing_a_feature_fails_the_ground_floor_rule() {
        assertFails(LayeringRules.platformImportsNoFeature(ROOT), GroundFloorThatImportsAFeature.class);
    }

    @Test
    void two_packages_importing_each_other_fail_the_cycle_rule() {
        EvaluationResult result = LayeringRules.noPackageCycles(ROOT).evaluate(importWith(Referral.class, Member.class));
        assertTrue(result.hasViolation(), "party <-> staff is a cycle");
        String report = result.getFailureReport().toString();
        assertTrue(report.contains(Referral.class.getName()) && report.contains(Member.class.getName()), report);
    }

    @Test
    void a_domain_class_importing_its_page_fails_the_adapter_rule() {
        assertFails(LayeringRules.domainImportsNoAdapter(ROOT), ClientThatImportsItsPage.class);
    }

    @Test
    void a_feature_importing_demo_fails_the_demo_rule() {
        assertFails(LayeringRules.nobodyImportsDemo(ROOT), ClientThatImportsDemo.class);
    }

    private static void assertFails(ArchRule rule, Class<?> offender) {
        EvaluationResult result = rule.evaluate(importWith(offender));
        assertTrue(result.hasViolation(), () -> rule.getDescription() + " accepted " + offender.getSimpleName());
        String report = result.getFailureReport().toString();
        assertTrue(report.contains(offender.getName()), () -> "the report should name the offender: " + report);
    }

    private static JavaClasses importWith(Class<?>... extra) {
        return new ClassFileImporter().importClasses(
                Stream.concat(Stream.of(WELL_SHAPED), Stream.of(extra)).toArray(Class<?>[]::new));
    }
}
