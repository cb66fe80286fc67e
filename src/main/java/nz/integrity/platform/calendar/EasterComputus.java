package nz.integrity.platform.calendar;

import java.time.LocalDate;

/**
 * Gregorian Easter Sunday by the Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 *
 * <p>Good Friday and Easter Monday move with Easter, so they cannot be tabulated like Matariki
 * without a long, error-prone list; the algorithm is exact for every Gregorian year.
 */
final class EasterComputus {

    /** The Gregorian calendar, which the algorithm assumes, was first used in 1583. */
    static final int FIRST_GREGORIAN_YEAR = 1583;

    private EasterComputus() {
    }

    static LocalDate easterSunday(int year) {
        if (year < FIRST_GREGORIAN_YEAR) {
            throw new IllegalArgumentException(
                    "Gregorian Easter is defined from " + FIRST_GREGORIAN_YEAR + ", was " + year);
        }
        int goldenNumber = year % 19;
        int century = year / 100;
        int yearOfCentury = year % 100;
        int skippedLeapCenturies = century / 4;
        int centuryRemainder = century % 4;
        int lunarCorrection = (century + 8) / 25;
        int solarCorrection = (century - lunarCorrection + 1) / 3;
        int epact = (19 * goldenNumber + century - skippedLeapCenturies - solarCorrection + 15) % 30;
        int leapYearsInCentury = yearOfCentury / 4;
        int yearRemainder = yearOfCentury % 4;
        int weekdayOffset = (32 + 2 * centuryRemainder + 2 * leapYearsInCentury - epact - yearRemainder) % 7;
        int lateFullMoonCorrection = (goldenNumber + 11 * epact + 22 * weekdayOffset) / 451;
        int monthAndDay = epact + weekdayOffset - 7 * lateFullMoonCorrection + 114;
        return LocalDate.of(year, monthAndDay / 31, monthAndDay % 31 + 1);
    }
}
