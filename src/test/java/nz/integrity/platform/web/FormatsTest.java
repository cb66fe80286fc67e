package nz.integrity.platform.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 9 item 18: people read dates in New Zealand's form and codes in words, never ISO dates or constants. */
class FormatsTest {

    private final Formats formats = new Formats();
    private final ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH);

    @Test
    @DisplayName("Dates read day first with the month in words")
    void datesReadDayFirst() {
        assertEquals("1 January 2016", formats.date(LocalDate.of(2016, 1, 1)));
        assertEquals("1 January 2016 – 3 December 2026", formats.period(LocalDate.of(2016, 1, 1), LocalDate.of(2026, 12, 3)));
    }

    @Test
    @DisplayName("Times are New Zealand time to the minute, not UTC with microseconds")
    void timesAreNewZealandTimeToTheMinute() {
        // 20:15:30.123456 UTC on 23 December is 9:15 am NZDT (UTC+13) on Christmas Eve.
        assertEquals("24 December 2026, 9:15 am",
                formats.dateTime(Instant.parse("2026-12-23T20:15:30.123456Z")).replace("AM", "am"));
    }

    @Test
    @DisplayName("A code the bundle knows reads in its words; one it does not know reads as a sentence")
    void codesReadAsWords() {
        assertEquals("Account statements", Formats.words(bundle, "request.category.", "ACCOUNT_STATEMENTS"));
        assertEquals("Case subjects viewed", Formats.words(bundle, "audit.action.", "CASE_SUBJECTS_VIEWED"));
        assertEquals("", Formats.words(bundle, "audit.action.", null));
    }
}
