/**
 * Time: the injected {@link java.time.Clock} (tests fix it), New Zealand business dates against instants stored in
 * UTC ({@link nz.integrity.platform.time.NewZealandTime}), the date bounds every stored date must keep, and the
 * {@link nz.integrity.platform.time.ValidityWindow} of days a delegation or a review grant is valid on.
 *
 * <p>May import the JDK, CDI and JPA's mapping annotations only, never a feature ({@code ArchitectureTest}).
 * Business dates are explained in {@code docs/architecture.md} and {@code docs/working-days.md}.
 */
package nz.integrity.platform.time;
