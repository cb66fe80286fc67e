package nz.integrity.platform.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Due-date arithmetic: the day of giving is not counted, the due day is. */
class NzWorkingDayCalendarArithmeticTest {

    private final NzWorkingDayCalendar calendar = new NzWorkingDayCalendar();

    @Nested
    class AddWorkingDays {

        @ParameterizedTest(name = "{0} + {1} working days = {2}")
        @CsvSource({
            // Plain week: Tue, Wed, Thu, Fri, Mon.
            "2026-03-02, 5, 2026-03-09",
            "2026-03-06, 1, 2026-03-09",
            // Given on a Saturday: the count starts on Monday.
            "2026-03-07, 1, 2026-03-09",
            "2026-03-07, 5, 2026-03-13",
            // Given on a holiday: the holiday is not counted either.
            "2026-07-10, 1, 2026-07-13",
            // Matariki 2026 (Friday 10 July) is skipped.
            "2026-07-08, 5, 2026-07-16",
            // Easter 2026: Good Friday 3 April and Easter Monday 6 April are skipped.
            "2026-04-01, 5, 2026-04-10",
            // Easter 2025 and 2027.
            "2025-04-16, 3, 2025-04-23",
            "2027-03-24, 3, 2027-03-31",
            // Waitangi Day 2027 on Saturday: Monday 8 February skipped.
            "2027-02-05, 1, 2027-02-09",
        })
        void countsOnlyWorkingDaysAfterTheStartDay(LocalDate from, int days, LocalDate expected) {
            assertEquals(expected, calendar.addWorkingDays(from, days));
        }

        @Test
        void fiveWorkingDaysFromJustBeforeChristmasSkipsTheWholeBlock() {
            // Tue 23, Wed 24 Dec; 25 Dec–2 Jan closed; weekend; Mon 5, Tue 6, Wed 7 Jan.
            assertEquals(LocalDate.of(2026, 1, 7), calendar.addWorkingDays(LocalDate.of(2025, 12, 22), 5));
        }

        @Test
        void fiveWorkingDaysFromJustBeforeChristmasAlsoSkipsNewYearCarryOver() {
            // 1 January 2027 is a Friday, so Monday 4 January 2027 is not a working day either.
            assertEquals(LocalDate.of(2027, 1, 7), calendar.addWorkingDays(LocalDate.of(2026, 12, 22), 5));
        }

        @Test
        void twentyWorkingDayApprovalExpirySkipsMondayisedAnzacDay() {
            // Anzac Day 2026 is a Saturday, so Monday 27 April is skipped.
            assertEquals(LocalDate.of(2026, 5, 19), calendar.addWorkingDays(LocalDate.of(2026, 4, 20), 20));
        }

        @Test
        void zeroDaysReturnsTheStartDayEvenIfNotAWorkingDay() {
            LocalDate saturday = LocalDate.of(2026, 3, 7);
            assertEquals(saturday, calendar.addWorkingDays(saturday, 0));
        }

        @ParameterizedTest
        @ValueSource(ints = {-1, -5, Integer.MIN_VALUE})
        void refusesNegativeDays(int days) {
            assertThrows(IllegalArgumentException.class, () -> calendar.addWorkingDays(LocalDate.of(2026, 3, 2), days));
        }

        @Test
        void refusesNullStartDay() {
            assertThrows(NullPointerException.class, () -> calendar.addWorkingDays(null, 5));
        }

        @Test
        void resultIsAlwaysAWorkingDayAndInvertsWorkingDaysBetween() {
            for (LocalDate from = LocalDate.of(2026, 1, 1); from.getYear() == 2026; from = from.plusDays(1)) {
                for (int days = 1; days <= 20; days++) {
                    LocalDate due = calendar.addWorkingDays(from, days);
                    assertTrue(calendar.isWorkingDay(due), due::toString);
                    assertEquals(days, calendar.workingDaysBetween(from, due), from + " + " + days);
                    // One calendar day earlier must be short of the requirement: the result is the earliest.
                    assertEquals(days - 1, calendar.workingDaysBetween(from, due.minusDays(1)), from + " + " + days);
                }
            }
        }
    }

    @Nested
    class WorkingDaysBetween {

        @ParameterizedTest(name = "{0} .. {1} = {2}")
        @CsvSource({
            "2026-03-02, 2026-03-02, 0",
            "2026-03-06, 2026-03-09, 1",
            "2026-03-06, 2026-03-08, 0",
            "2026-07-08, 2026-07-16, 5",
            "2025-12-24, 2026-01-05, 1",
            "2026-01-01, 2026-12-31, 247",
        })
        void countsDaysAfterFromUpToAndIncludingTo(LocalDate from, LocalDate to, int expected) {
            assertEquals(expected, calendar.workingDaysBetween(from, to));
        }

        @Test
        void validatesR02FiveWorkingDayMinimum() {
            LocalDate given = LocalDate.of(2026, 7, 8);
            assertTrue(calendar.workingDaysBetween(given, LocalDate.of(2026, 7, 16)) >= 5);
            assertTrue(calendar.workingDaysBetween(given, LocalDate.of(2026, 7, 15)) < 5);
        }

        @Test
        void refusesAnEndBeforeTheStart() {
            assertThrows(IllegalArgumentException.class,
                    () -> calendar.workingDaysBetween(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 2)));
        }

        @Test
        void refusesNulls() {
            assertThrows(NullPointerException.class, () -> calendar.workingDaysBetween(null, LocalDate.of(2026, 3, 2)));
            assertThrows(NullPointerException.class, () -> calendar.workingDaysBetween(LocalDate.of(2026, 3, 2), null));
        }
    }

    @Nested
    class SupportedYears {

        @Test
        void coversTheYearsWithLegislatedMatarikiDates() {
            assertEquals(2022, calendar.firstSupportedYear());
            assertEquals(2052, calendar.lastSupportedYear());
            assertTrue(calendar.isWorkingDay(LocalDate.of(2022, 1, 5)));
            assertTrue(calendar.isWorkingDay(LocalDate.of(2052, 12, 24)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2021-12-24", "2053-01-06", "1999-06-01", "2100-03-01"})
        void refusesDatesOutsideTheSupportedYears(LocalDate date) {
            UnsupportedCalendarYearException refusal =
                    assertThrows(UnsupportedCalendarYearException.class, () -> calendar.isWorkingDay(date));
            assertEquals(date.getYear(), refusal.year());
            assertTrue(refusal.getMessage().contains("2022–2052"), refusal.getMessage());
            assertThrows(UnsupportedCalendarYearException.class, () -> calendar.nonWorkingDayReason(date));
        }

        @Test
        void refusesCountingThatRunsPastTheLastSupportedYear() {
            assertThrows(UnsupportedCalendarYearException.class,
                    () -> calendar.addWorkingDays(LocalDate.of(2052, 12, 20), 10));
        }

        @Test
        void refusesAStartDayBeforeTheFirstSupportedYear() {
            assertThrows(UnsupportedCalendarYearException.class,
                    () -> calendar.addWorkingDays(LocalDate.of(2021, 12, 31), 5));
            assertThrows(UnsupportedCalendarYearException.class,
                    () -> calendar.workingDaysBetween(LocalDate.of(2021, 12, 31), LocalDate.of(2022, 1, 10)));
        }

        @Test
        void refusesNullDate() {
            assertThrows(NullPointerException.class, () -> calendar.isWorkingDay(null));
        }
    }
}
