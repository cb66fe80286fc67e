package nz.integrity.platform.time;

import java.time.LocalDate;

/**
 * The calendar years the application accepts anywhere. Years outside them are typing mistakes or attacks
 * ({@code +999999999-01-01} was once stored and broke every page that showed it), never casework.
 */
public final class DateBounds {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private DateBounds() {
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** Throws {@link IllegalArgumentException} naming what the date is for when it falls outside the bounds. */
    public static LocalDate require(LocalDate date, String what) {
        if (date != null && !contains(date)) {
            throw new IllegalArgumentException(what + " must be a date between 1900 and 2099");
        }
        return date;
    }
}
