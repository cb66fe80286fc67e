package nz.integrity.platform.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatarikiScheduleTest {

    /** Transcribed independently of the production table, from the Act's Schedule. */
    @ParameterizedTest(name = "Matariki {0} is {1}")
    @CsvSource({
        "2022, 2022-06-24", "2023, 2023-07-14", "2024, 2024-06-28", "2025, 2025-06-20",
        "2026, 2026-07-10", "2027, 2027-06-25", "2028, 2028-07-14", "2029, 2029-07-06",
        "2030, 2030-06-21", "2031, 2031-07-11", "2032, 2032-07-02", "2033, 2033-06-24",
        "2034, 2034-07-07", "2035, 2035-06-29", "2036, 2036-07-18", "2037, 2037-07-10",
        "2038, 2038-06-25", "2039, 2039-07-15", "2040, 2040-07-06", "2041, 2041-07-19",
        "2042, 2042-07-11", "2043, 2043-07-03", "2044, 2044-06-24", "2045, 2045-07-07",
        "2046, 2046-06-29", "2047, 2047-07-19", "2048, 2048-07-03", "2049, 2049-06-25",
        "2050, 2050-07-15", "2051, 2051-06-30", "2052, 2052-06-21",
    })
    void statutoryScheduleMatchesTheAct(int year, LocalDate expected) {
        assertEquals(expected, MatarikiSchedule.STATUTORY.observanceDayIn(year));
    }

    @Test
    void statutoryScheduleCovers2022To2052() {
        assertEquals(2022, MatarikiSchedule.STATUTORY.firstYear());
        assertEquals(2052, MatarikiSchedule.STATUTORY.lastYear());
    }

    @Test
    void refusesYearsTheActDoesNotCover() {
        UnsupportedCalendarYearException before =
                assertThrows(UnsupportedCalendarYearException.class, () -> MatarikiSchedule.STATUTORY.observanceDayIn(2021));
        assertEquals(2021, before.year());
        assertEquals(2022, before.firstSupportedYear());
        assertEquals(2052, before.lastSupportedYear());

        assertThrows(UnsupportedCalendarYearException.class, () -> MatarikiSchedule.STATUTORY.observanceDayIn(2053));
    }

    @Test
    void rejectsADateThatIsNotAFriday() {
        assertThrows(IllegalArgumentException.class,
                () -> new MatarikiSchedule(List.of(LocalDate.of(2026, 7, 9))));
    }

    @Test
    void rejectsGapsAndDuplicates() {
        assertThrows(IllegalArgumentException.class,
                () -> new MatarikiSchedule(List.of(LocalDate.of(2022, 6, 24), LocalDate.of(2024, 6, 28))));
        assertThrows(IllegalArgumentException.class,
                () -> new MatarikiSchedule(List.of(LocalDate.of(2022, 6, 24), LocalDate.of(2022, 7, 1))));
        assertThrows(IllegalArgumentException.class, () -> new MatarikiSchedule(List.of()));
    }
}
