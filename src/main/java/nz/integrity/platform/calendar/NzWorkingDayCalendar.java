package nz.integrity.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Working days as defined for all New Zealand legislation by the Legislation Act 2019, s 13,
 * which the Social Security Act 2018 relies on for its notice periods.
 *
 * <p>National only: regional anniversary days are working days under s 13 and are not excluded.
 * Supported years are those with a legislated Matariki date (2022–2052); anything else is refused
 * with {@link UnsupportedCalendarYearException}.
 *
 * <p>Immutable and thread-safe: every excluded date is computed once, in the constructor, into an
 * unmodifiable map, so a single instance can be shared application-wide.
 */
public final class NzWorkingDayCalendar implements WorkingDayCalendar {

    private final Map<LocalDate, NonWorkingDayReason> excludedWeekdays;
    private final int firstSupportedYear;
    private final int lastSupportedYear;

    public NzWorkingDayCalendar() {
        this(MatarikiSchedule.STATUTORY);
    }

    NzWorkingDayCalendar(MatarikiSchedule matariki) {
        this.firstSupportedYear = matariki.firstYear();
        this.lastSupportedYear = matariki.lastYear();
        Map<LocalDate, NonWorkingDayReason> all = new HashMap<>();
        for (int year = firstSupportedYear; year <= lastSupportedYear; year++) {
            all.putAll(NzStatutoryNonWorkingDays.forYear(year, matariki.observanceDayIn(year)));
        }
        this.excludedWeekdays = Map.copyOf(all);
    }

    public int firstSupportedYear() {
        return firstSupportedYear;
    }

    public int lastSupportedYear() {
        return lastSupportedYear;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return nonWorkingDayReason(date).isEmpty();
    }

    @Override
    public Optional<NonWorkingDayReason> nonWorkingDayReason(LocalDate date) {
        requireSupported(date, "date");
        NonWorkingDayReason statutory = excludedWeekdays.get(date);
        if (statutory != null) {
            return Optional.of(statutory);
        }
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return Optional.of(NonWorkingDayReason.SATURDAY);
        }
        if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return Optional.of(NonWorkingDayReason.SUNDAY);
        }
        return Optional.empty();
    }

    @Override
    public LocalDate addWorkingDays(LocalDate from, int days) {
        Objects.requireNonNull(from, "from");
        if (days < 0) {
            throw new IllegalArgumentException("days must be zero or more, was " + days);
        }
        requireSupported(from, "from");
        LocalDate current = from;
        int counted = 0;
        while (counted < days) {
            current = current.plusDays(1);
            // Refuses (rather than guesses) as soon as counting runs past the last supported year.
            if (isWorkingDay(current)) {
                counted++;
            }
        }
        return current;
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        requireSupported(from, "from");
        requireSupported(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private void requireSupported(LocalDate date, String name) {
        Objects.requireNonNull(date, name);
        int year = date.getYear();
        if (year < firstSupportedYear || year > lastSupportedYear) {
            throw new UnsupportedCalendarYearException(year, firstSupportedYear, lastSupportedYear);
        }
    }
}
