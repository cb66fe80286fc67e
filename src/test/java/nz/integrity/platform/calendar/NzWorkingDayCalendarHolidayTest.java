package nz.integrity.platform.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which single days are working days, and why not. */
class NzWorkingDayCalendarHolidayTest {

    private final NzWorkingDayCalendar calendar = new NzWorkingDayCalendar();

    private void assertNotWorking(LocalDate date, NonWorkingDayReason expected) {
        assertFalse(calendar.isWorkingDay(date), () -> date + " should not be a working day");
        assertEquals(Optional.of(expected), calendar.nonWorkingDayReason(date));
    }

    private void assertWorking(LocalDate date) {
        assertTrue(calendar.isWorkingDay(date), () -> date + " should be a working day, but: "
                + calendar.nonWorkingDayReason(date));
        assertEquals(Optional.empty(), calendar.nonWorkingDayReason(date));
    }

    @Nested
    class OrdinaryWeek {

        @ParameterizedTest
        @ValueSource(strings = {"2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06"})
        void mondayToFridayAreWorkingDays(LocalDate weekday) {
            assertWorking(weekday);
        }

        @Test
        void weekendIsNotWorking() {
            assertNotWorking(LocalDate.of(2026, 3, 7), NonWorkingDayReason.SATURDAY);
            assertNotWorking(LocalDate.of(2026, 3, 8), NonWorkingDayReason.SUNDAY);
        }
    }

    @Nested
    class NamedHolidays {

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource({
            "2026-02-06, WAITANGI_DAY",
            "2025-04-18, GOOD_FRIDAY",
            "2025-04-21, EASTER_MONDAY",
            "2026-04-03, GOOD_FRIDAY",
            "2026-04-06, EASTER_MONDAY",
            "2027-03-26, GOOD_FRIDAY",
            "2027-03-29, EASTER_MONDAY",
            "2025-04-25, ANZAC_DAY",
            "2025-06-02, SOVEREIGNS_BIRTHDAY",
            "2026-06-01, SOVEREIGNS_BIRTHDAY",
            "2027-06-07, SOVEREIGNS_BIRTHDAY",
            "2025-06-20, MATARIKI",
            "2026-07-10, MATARIKI",
            "2052-06-21, MATARIKI",
            "2025-10-27, LABOUR_DAY",
            "2026-10-26, LABOUR_DAY",
            "2022-10-24, LABOUR_DAY",
            "2022-09-26, QUEEN_ELIZABETH_II_MEMORIAL_DAY",
        })
        void isNotAWorkingDay(LocalDate date, NonWorkingDayReason reason) {
            assertNotWorking(date, reason);
        }

        @Test
        void easterSaturdayAndSundayAreOnlyWeekendDays() {
            // The statute names Good Friday and Easter Monday only.
            assertNotWorking(LocalDate.of(2026, 4, 4), NonWorkingDayReason.SATURDAY);
            assertNotWorking(LocalDate.of(2026, 4, 5), NonWorkingDayReason.SUNDAY);
            assertWorking(LocalDate.of(2026, 4, 7));
        }

        @Test
        void sovereignsBirthdayIsTheFirstMondayInJuneNotTheSecond() {
            assertWorking(LocalDate.of(2026, 6, 8));
            assertWorking(LocalDate.of(2025, 6, 9));
        }

        @Test
        void labourDayIsTheFourthMondayInOctoberNotTheLast() {
            // October 2028 has five Mondays; Labour Day is the 23rd and the 30th is an ordinary day.
            assertNotWorking(LocalDate.of(2028, 10, 23), NonWorkingDayReason.LABOUR_DAY);
            assertWorking(LocalDate.of(2028, 10, 30));
        }

        @Test
        void dayAfterMatarikiIsAnOrdinaryWeekendAndMondayWorks() {
            assertNotWorking(LocalDate.of(2026, 7, 11), NonWorkingDayReason.SATURDAY);
            assertWorking(LocalDate.of(2026, 7, 13));
        }

        @Test
        void regionalAnniversaryDaysAreWorkingDays() {
            // Wellington (2026-01-19), Auckland (2026-01-26), Canterbury show day (2026-11-13).
            assertWorking(LocalDate.of(2026, 1, 19));
            assertWorking(LocalDate.of(2026, 1, 26));
            assertWorking(LocalDate.of(2026, 11, 13));
        }

        @Test
        void christmasOnAWeekendNeedsNoMondayisationBecauseTheBlockCoversIt() {
            // Christmas 2027 is a Saturday; the Monday and Tuesday after are closed as part of
            // the 25 December–2 January block, not as transferred Christmas and Boxing Days.
            assertNotWorking(LocalDate.of(2027, 12, 27), NonWorkingDayReason.CHRISTMAS_NEW_YEAR_PERIOD);
            assertNotWorking(LocalDate.of(2027, 12, 28), NonWorkingDayReason.CHRISTMAS_NEW_YEAR_PERIOD);
        }
    }

    @Nested
    class Mondayisation {

        @Test
        void waitangiDayOnSaturdayMakesTheFollowingMondayNonWorking() {
            assertNotWorking(LocalDate.of(2027, 2, 6), NonWorkingDayReason.WAITANGI_DAY);
            assertNotWorking(LocalDate.of(2027, 2, 8), NonWorkingDayReason.WAITANGI_DAY_OBSERVED);
            assertWorking(LocalDate.of(2027, 2, 9));
        }

        @Test
        void waitangiDayOnSundayMakesTheFollowingMondayNonWorking() {
            assertNotWorking(LocalDate.of(2022, 2, 6), NonWorkingDayReason.WAITANGI_DAY);
            assertNotWorking(LocalDate.of(2022, 2, 7), NonWorkingDayReason.WAITANGI_DAY_OBSERVED);
        }

        @Test
        void anzacDayOnSaturdayMakesTheFollowingMondayNonWorking() {
            assertNotWorking(LocalDate.of(2026, 4, 25), NonWorkingDayReason.ANZAC_DAY);
            assertNotWorking(LocalDate.of(2026, 4, 27), NonWorkingDayReason.ANZAC_DAY_OBSERVED);
            assertWorking(LocalDate.of(2026, 4, 28));
        }

        @Test
        void anzacDayOnSundayMakesTheFollowingMondayNonWorking() {
            assertNotWorking(LocalDate.of(2027, 4, 25), NonWorkingDayReason.ANZAC_DAY);
            assertNotWorking(LocalDate.of(2027, 4, 26), NonWorkingDayReason.ANZAC_DAY_OBSERVED);
        }

        @Test
        void weekdayWaitangiAndAnzacDaysDoNotMoveAnything() {
            // 2026-02-06 is a Friday; 2025-04-25 is a Friday.
            assertWorking(LocalDate.of(2026, 2, 9));
            assertWorking(LocalDate.of(2025, 4, 28));
        }

        @Test
        void mondayAlreadyEasterMondayIsNotCarriedOnToTuesday() {
            // 2038: Anzac Day is Easter Sunday, so its Monday is also Easter Monday.
            assertNotWorking(LocalDate.of(2038, 4, 26), NonWorkingDayReason.EASTER_MONDAY);
            assertWorking(LocalDate.of(2038, 4, 27));
        }
    }

    @Nested
    class ChristmasNewYearPeriod {

        @Test
        void everyDayFrom25DecemberTo2JanuaryIsNonWorking() {
            for (LocalDate day = LocalDate.of(2025, 12, 25); !day.isAfter(LocalDate.of(2026, 1, 2));
                    day = day.plusDays(1)) {
                assertNotWorking(day, NonWorkingDayReason.CHRISTMAS_NEW_YEAR_PERIOD);
            }
        }

        @Test
        void daysEitherSideOfTheBlockAreWorking() {
            assertWorking(LocalDate.of(2025, 12, 24));
            // 1 January 2026 is a Thursday, so no carry-over: Monday 5 January is back at work.
            assertWorking(LocalDate.of(2026, 1, 5));
        }

        @Test
        void newYearOnFridayAddsTheFollowingMonday() {
            assertNotWorking(LocalDate.of(2027, 1, 4), NonWorkingDayReason.NEW_YEAR_CARRY_OVER);
            assertWorking(LocalDate.of(2027, 1, 5));
        }

        @Test
        void newYearOnSaturdayAddsTheFollowingMondayAndTuesday() {
            assertNotWorking(LocalDate.of(2022, 1, 3), NonWorkingDayReason.NEW_YEAR_CARRY_OVER);
            assertNotWorking(LocalDate.of(2022, 1, 4), NonWorkingDayReason.NEW_YEAR_CARRY_OVER);
            assertWorking(LocalDate.of(2022, 1, 5));
            assertNotWorking(LocalDate.of(2028, 1, 3), NonWorkingDayReason.NEW_YEAR_CARRY_OVER);
            assertNotWorking(LocalDate.of(2028, 1, 4), NonWorkingDayReason.NEW_YEAR_CARRY_OVER);
        }

        @Test
        void newYearOnSundayAddsTheTuesdayAfterTheBlock() {
            // 2 January 2023 (Monday) is already in the block; Tuesday 3 January is the carry-over.
            assertNotWorking(LocalDate.of(2023, 1, 2), NonWorkingDayReason.CHRISTMAS_NEW_YEAR_PERIOD);
            assertNotWorking(LocalDate.of(2023, 1, 3), NonWorkingDayReason.NEW_YEAR_CARRY_OVER);
            assertWorking(LocalDate.of(2023, 1, 4));
        }

        @Test
        void weekendInsideTheBlockIsReportedAsTheBlock() {
            // The more specific reason helps a user see why a whole week vanished.
            assertNotWorking(LocalDate.of(2027, 12, 25), NonWorkingDayReason.CHRISTMAS_NEW_YEAR_PERIOD);
        }
    }
}
