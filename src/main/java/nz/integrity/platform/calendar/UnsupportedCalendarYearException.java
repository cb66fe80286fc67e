package nz.integrity.platform.calendar;

/**
 * Thrown when asked about a year the calendar holds no legislated data for.
 *
 * <p>Guessing would be worse than failing: a statutory due date computed with a missing holiday is
 * one working day short, and the notice would breach R02 without anyone noticing.
 */
public final class UnsupportedCalendarYearException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int year;
    private final int firstSupportedYear;
    private final int lastSupportedYear;

    public UnsupportedCalendarYearException(int year, int firstSupportedYear, int lastSupportedYear) {
        super("No New Zealand working-day data for " + year + ": supported years are "
                + firstSupportedYear + "–" + lastSupportedYear
                + ", because Matariki observance dates are legislated only for those years"
                + " (Te Kāhui o Matariki Public Holiday Act 2022, Schedule). Extend"
                + " MatarikiSchedule when new dates are enacted.");
        this.year = year;
        this.firstSupportedYear = firstSupportedYear;
        this.lastSupportedYear = lastSupportedYear;
    }

    public int year() {
        return year;
    }

    public int firstSupportedYear() {
        return firstSupportedYear;
    }

    public int lastSupportedYear() {
        return lastSupportedYear;
    }
}
