package nz.integrity.platform.time;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NewZealandTimeTest {

    @Test
    void aNewZealandMorningInSummerIsStillTheDayBeforeInUtc() {
        // 09:00 NZDT (UTC+13) on Christmas Eve is 20:00 UTC on 23 December.
        Clock utcClock = Clock.fixed(Instant.parse("2026-12-23T20:00:00Z"), ZoneOffset.UTC);
        assertEquals(LocalDate.of(2026, 12, 24), NewZealandTime.today(utcClock));
    }

    @Test
    void inWinterTheDayTurnsTwelveHoursAheadOfUtc() {
        // NZST is UTC+12: 11:59 UTC is 23:59 the same day, 12:00 UTC is midnight of the next.
        assertEquals(LocalDate.of(2026, 7, 1), NewZealandTime.dateOf(Instant.parse("2026-07-01T11:59:00Z")));
        assertEquals(LocalDate.of(2026, 7, 2), NewZealandTime.dateOf(Instant.parse("2026-07-01T12:00:00Z")));
    }
}
