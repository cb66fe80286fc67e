/**
 * MicroProfile Health checks: liveness, and readiness once the database answers.
 *
 * <p>May import the rest of {@code platform}, never a feature ({@code ArchitectureTest}); what the probes answer is
 * in {@code docs/operations.md}.
 */
package nz.integrity.platform.health;
