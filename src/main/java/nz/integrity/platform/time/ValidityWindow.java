package nz.integrity.platform.time;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The New Zealand days something is valid on, both ends included: a delegation of authority, a reviewer's grant.
 * One value instead of the same two dates and the same comparison in every entity and page; revocation stays
 * with the entity, because what a revocation records (who, why) differs. The columns keep the names both tables
 * already have ({@code valid_from}, {@code valid_to}).
 */
@Embeddable
public class ValidityWindow {

    /** Where a day falls against the window, for pages that say it in words. */
    public enum Position { NOT_YET, IN_FORCE, ENDED }

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    protected ValidityWindow() {
        // for JPA
    }

    private ValidityWindow(LocalDate validFrom, LocalDate validTo) {
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /** Whether the two dates make a window: both given, the last day not before the first. */
    public static boolean isWindow(LocalDate from, LocalDate to) {
        return from != null && to != null && !to.isBefore(from);
    }

    /** The window; callers check {@link #isWindow} first to say in their own words what is wrong. */
    public static ValidityWindow from(LocalDate from, LocalDate to) {
        if (!isWindow(from, to)) {
            throw new IllegalArgumentException("A window needs a first day and a last day on or after it");
        }
        return new ValidityWindow(from, to);
    }

    public boolean contains(LocalDate day) {
        return positionOf(day) == Position.IN_FORCE;
    }

    public Position positionOf(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (day.isBefore(validFrom)) {
            return Position.NOT_YET;
        }
        return day.isAfter(validTo) ? Position.ENDED : Position.IN_FORCE;
    }

    /** The first day. */
    public LocalDate validFrom() {
        return validFrom;
    }

    /** The last day, included. */
    public LocalDate validTo() {
        return validTo;
    }
}
