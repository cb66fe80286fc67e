package nz.integrity.request.notice;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import nz.integrity.request.content.DateRange;

/** Dates as a New Zealand reader expects them, spelled out so no one can read 03/04 the American way. */
final class DocumentDates {

    private static final Locale NEW_ZEALAND = Locale.forLanguageTag("en-NZ");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", NEW_ZEALAND);
    private static final DateTimeFormatter DAY_AND_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", NEW_ZEALAND);

    private DocumentDates() {
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** For deadlines: the weekday guards against a misread date. */
    static String dayAndDate(LocalDate date) {
        return DAY_AND_DATE.format(date);
    }

    static String range(DateRange range) {
        return date(range.from()) + " to " + date(range.to());
    }
}
