package nz.integrity.platform.calendar;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Answers "is this a working day?" and does deadline arithmetic in working days.
 *
 * <p><b>Counting convention.</b> A period of working days runs <em>after</em> a starting day: the
 * starting day itself is never counted, whether or not it is a working day. After {@code n}
 * working days, the result is the {@code n}-th working day following the starting day, i.e. the
 * day at whose end {@code n} whole working days have elapsed. So a notice given on Monday
 * 2 March 2026 with "5 working days" is due on Monday 9 March 2026 (Tue, Wed, Thu, Fri, Mon).
 *
 * <p>Implementations refuse dates they have no reliable data for by throwing
 * {@link UnsupportedCalendarYearException}, rather than silently treating unknown holidays as
 * working days.
 */
public interface WorkingDayCalendar {

    /**
     * @throws UnsupportedCalendarYearException if {@code date} is outside the supported years
     */
    boolean isWorkingDay(LocalDate date);

    /**
     * Why {@code date} is not a working day, for explaining a computed due date to a user.
     *
     * @return empty if {@code date} is a working day; otherwise the most specific reason (a named
     *     holiday wins over the Christmas–New Year period, which wins over the weekend)
     * @throws UnsupportedCalendarYearException if {@code date} is outside the supported years
     */
    Optional<NonWorkingDayReason> nonWorkingDayReason(LocalDate date);

    /**
     * The day on which {@code days} whole working days after {@code from} have elapsed, i.e. the
     * {@code days}-th working day after {@code from}. {@code from} itself is not counted. With
     * {@code days == 0} the result is {@code from} unchanged.
     *
     * <p>For R02 ("at least 5 working days after the notice is given") the earliest permissible
     * due date is {@code addWorkingDays(givenDate, 5)}.
     *
     * @throws IllegalArgumentException if {@code days} is negative
     * @throws UnsupportedCalendarYearException if {@code from} or any day examined while counting
     *     lies outside the supported years
     */
    LocalDate addWorkingDays(LocalDate from, int days);

    /**
     * The number of working days {@code d} with {@code from < d <= to}: the starting day is not
     * counted, the end day is. This is the inverse of {@link #addWorkingDays}:
     * {@code workingDaysBetween(from, addWorkingDays(from, n)) == n}.
     *
     * <p>For R02 a proposed due date is acceptable when
     * {@code workingDaysBetween(givenDate, dueDate) >= 5}.
     *
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     * @throws UnsupportedCalendarYearException if either date is outside the supported years
     */
    int workingDaysBetween(LocalDate from, LocalDate to);
}
