/**
 * Test-only classes shaped like a miniature {@code nz.integrity} (a ground floor, features with a {@code web}
 * adapter, demo data), some of them deliberately breaking the layering, so that {@code LayeringRulesTest} can show
 * each rule of {@code LayeringRules} failing. {@code ArchitectureTest} imports production classes only, so these
 * never count against the real code.
 */
package nz.integrity.archfixture;
