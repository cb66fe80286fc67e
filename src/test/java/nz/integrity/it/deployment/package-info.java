/**
 * Test-only Arquillian extension that makes the whole failsafe run share one Payara Micro deployment.
 *
 * <p>Booting Payara Micro is most of an integration test's cost, and payara-micro-managed starts a new server JVM
 * for every deployment. {@link nz.integrity.it.deployment.SharedDeployment} replaces the per-class
 * {@code @Deployment} methods with one deployment for every test class and keeps it running until the suite
 * ends. It may import the Arquillian SPIs and {@code nz.integrity.it}; it is never added to the WAR under test.
 * How to write an IT against it: {@code docs/testing.md}.
 */
package nz.integrity.it.deployment;
