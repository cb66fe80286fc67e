package nz.integrity.platform.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EasterComputusTest {

    @ParameterizedTest(name = "Easter Sunday {0} is {1}")
    @CsvSource({
        "2025, 2025-04-20",
        "2026, 2026-04-05",
        "2027, 2027-03-28",
        "2024, 2024-03-31",
        "2022, 2022-04-17",
        "2019, 2019-04-21",
        "2011, 2011-04-24",
        "2008, 2008-03-23",
        "2000, 2000-04-23",
        // Extremes of the possible range, 22 March and 25 April.
        "1818, 1818-03-22",
        "2285, 2285-03-22",
        "1943, 1943-04-25",
        "2038, 2038-04-25",
    })
    void matchesPublishedEasterDates(int year, LocalDate expected) {
        assertEquals(expected, EasterComputus.easterSunday(year));
    }

    @Test
    void alwaysFallsOnASundayBetween22MarchAnd25April() {
        for (int year = EasterComputus.FIRST_GREGORIAN_YEAR; year <= 3000; year++) {
            LocalDate easter = EasterComputus.easterSunday(year);
            assertEquals(DayOfWeek.SUNDAY, easter.getDayOfWeek(), easter.toString());
            assertTrue(!easter.isBefore(LocalDate.of(year, Month.MARCH, 22))
                    && !easter.isAfter(LocalDate.of(year, Month.APRIL, 25)), easter.toString());
        }
    }

    @Test
    void refusesYearsBeforeTheGregorianCalendar() {
        assertThrows(IllegalArgumentException.class, () -> EasterComputus.easterSunday(1582));
    }
}
