/**
 * The ground floor every feature stands on: the business exceptions all features throw
 * ({@link nz.integrity.platform.ValidationException}, {@link nz.integrity.platform.BusinessRuleException},
 * {@link nz.integrity.platform.NotFoundException}), small field checks and name rules, and
 * {@link nz.integrity.platform.DemoMode}. Its sub-packages hold the plumbing: {@code persistence}, {@code security},
 * {@code web}, {@code rest}, {@code health}, {@code time}, {@code json}, {@code calendar}.
 *
 * <p>May import the JDK, Jakarta EE, MicroProfile and libraries, never a feature: where the ground floor needs a
 * feature it declares an interface the feature implements ({@code security.RefusalLog}). {@code ArchitectureTest}
 * enforces it; the layering is drawn in {@code docs/architecture.md}.
 */
package nz.integrity.platform;
