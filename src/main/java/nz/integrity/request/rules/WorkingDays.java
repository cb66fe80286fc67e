package nz.integrity.request.rules;

import java.time.LocalDate;

/**
 * The NZ working-day calendar, supplied by the calendar module. Only the two questions the rules ask are
 * declared here, so the rules can be tested with a trivial fake.
 */
public interface WorkingDays {

    /**
     * Working days after {@code from} up to and including {@code to}; zero when {@code to} is not after
     * {@code from}. A notice given on a Monday and due the following Monday allows 5 working days.
     */
    int workingDaysBetween(LocalDate from, LocalDate to);

    /**
     * The date {@code workingDays} working days after {@code date}; {@code date} itself when zero. For any
     * {@code n >= 0}: {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.
     */
    LocalDate addWorkingDays(LocalDate date, int workingDays);
}
