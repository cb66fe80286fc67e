package nz.integrity.platform.calendar;

import static java.time.temporal.TemporalAdjusters.dayOfWeekInMonth;
import static java.time.temporal.TemporalAdjusters.firstInMonth;
import static java.time.temporal.TemporalAdjusters.next;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The weekdays that the Legislation Act 2019, s 13 ("working day") excludes in one calendar year,
 * plus the one-off Queen Elizabeth II Memorial Day.
 *
 * <p>Saturdays and Sundays are left to the caller: they need no table, and keeping them out
 * leaves the table small enough to precompute for every supported year.
 */
final class NzStatutoryNonWorkingDays {

    /**
     * Queen Elizabeth II Memorial Day Act 2022: a one-off holiday that is not a working day for
     * statutory time limits, although s 13 itself was not amended to name it.
     */
    private static final LocalDate QUEEN_ELIZABETH_II_MEMORIAL_DAY = LocalDate.of(2022, Month.SEPTEMBER, 26);

    private final int year;
    // Insertion order is precedence: the first reason recorded for a date is the one reported.
    private final Map<LocalDate, NonWorkingDayReason> reasons = new LinkedHashMap<>();

    private NzStatutoryNonWorkingDays(int year) {
        this.year = year;
    }

    static Map<LocalDate, NonWorkingDayReason> forYear(int year, LocalDate matarikiObservanceDay) {
        if (matarikiObservanceDay.getYear() != year) {
            throw new IllegalArgumentException("Matariki date " + matarikiObservanceDay + " is not in " + year);
        }
        NzStatutoryNonWorkingDays days = new NzStatutoryNonWorkingDays(year);
        days.addNamedHolidays(matarikiObservanceDay);
        days.addWeekendMondayisation();
        days.addChristmasNewYearPeriod();
        days.addNewYearCarryOver();
        return Map.copyOf(days.reasons);
    }

    private void addNamedHolidays(LocalDate matarikiObservanceDay) {
        LocalDate easterSunday = EasterComputus.easterSunday(year);
        exclude(waitangiDay(), NonWorkingDayReason.WAITANGI_DAY);
        exclude(easterSunday.minusDays(2), NonWorkingDayReason.GOOD_FRIDAY);
        exclude(easterSunday.plusDays(1), NonWorkingDayReason.EASTER_MONDAY);
        exclude(anzacDay(), NonWorkingDayReason.ANZAC_DAY);
        // Holidays Act 2003, s 44: the Sovereign's birthday is observed on the first Monday in June.
        exclude(LocalDate.of(year, Month.JUNE, 1).with(firstInMonth(DayOfWeek.MONDAY)),
                NonWorkingDayReason.SOVEREIGNS_BIRTHDAY);
        exclude(matarikiObservanceDay, NonWorkingDayReason.MATARIKI);
        // Holidays Act 2003, s 44: Labour Day is the fourth Monday in October.
        exclude(LocalDate.of(year, Month.OCTOBER, 1).with(dayOfWeekInMonth(4, DayOfWeek.MONDAY)),
                NonWorkingDayReason.LABOUR_DAY);
        if (QUEEN_ELIZABETH_II_MEMORIAL_DAY.getYear() == year) {
            exclude(QUEEN_ELIZABETH_II_MEMORIAL_DAY, NonWorkingDayReason.QUEEN_ELIZABETH_II_MEMORIAL_DAY);
        }
    }

    /**
     * Only Waitangi Day and Anzac Day move. The Monday is excluded even when it is already another
     * holiday (Anzac Day 2038 is Easter Sunday): the statute names "the following Monday", it does
     * not carry the day on to Tuesday.
     */
    private void addWeekendMondayisation() {
        if (isWeekend(waitangiDay())) {
            exclude(waitangiDay().with(next(DayOfWeek.MONDAY)), NonWorkingDayReason.WAITANGI_DAY_OBSERVED);
        }
        if (isWeekend(anzacDay())) {
            exclude(anzacDay().with(next(DayOfWeek.MONDAY)), NonWorkingDayReason.ANZAC_DAY_OBSERVED);
        }
    }

    /** Both ends of the statutory block that touch this year: 1–2 January and 25–31 December. */
    private void addChristmasNewYearPeriod() {
        excludeRange(LocalDate.of(year, Month.JANUARY, 1), LocalDate.of(year, Month.JANUARY, 2));
        excludeRange(LocalDate.of(year, Month.DECEMBER, 25), LocalDate.of(year, Month.DECEMBER, 31));
    }

    /**
     * Section 13 adds the following Monday when 1 January is a Friday, and the following Monday
     * and Tuesday when it is a Saturday or Sunday, so the office year never restarts for a single
     * day before a weekend.
     */
    private void addNewYearCarryOver() {
        LocalDate newYearsDay = LocalDate.of(year, Month.JANUARY, 1);
        DayOfWeek weekday = newYearsDay.getDayOfWeek();
        LocalDate followingMonday = newYearsDay.with(next(DayOfWeek.MONDAY));
        if (weekday == DayOfWeek.FRIDAY) {
            exclude(followingMonday, NonWorkingDayReason.NEW_YEAR_CARRY_OVER);
        } else if (isWeekend(newYearsDay)) {
            exclude(followingMonday, NonWorkingDayReason.NEW_YEAR_CARRY_OVER);
            exclude(followingMonday.plusDays(1), NonWorkingDayReason.NEW_YEAR_CARRY_OVER);
        }
    }

    private void excludeRange(LocalDate firstInclusive, LocalDate lastInclusive) {
        for (LocalDate day = firstInclusive; !day.isAfter(lastInclusive); day = day.plusDays(1)) {
            exclude(day, NonWorkingDayReason.CHRISTMAS_NEW_YEAR_PERIOD);
        }
    }

    private void exclude(LocalDate day, NonWorkingDayReason reason) {
        reasons.putIfAbsent(day, reason);
    }

    private LocalDate waitangiDay() {
        return LocalDate.of(year, Month.FEBRUARY, 6);
    }

    private LocalDate anzacDay() {
        return LocalDate.of(year, Month.APRIL, 25);
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
    }
}
