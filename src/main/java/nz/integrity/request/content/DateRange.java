package nz.integrity.request.content;

import nz.integrity.platform.time.DateBounds;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/** An inclusive, bounded range of calendar dates. An open-ended range is modelled as no range at all (R11a). */
public record DateRange(LocalDate from, LocalDate to) {

    private static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        DateBounds.require(from, "The start of a date range");
        DateBounds.require(to, "The end of a date range");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Date range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public boolean contains(DateRange other) {
        return !other.from.isBefore(from) && !other.to.isAfter(to);
    }

    public boolean overlaps(DateRange other) {
        return !other.to.isBefore(from) && !other.from.isAfter(to);
    }

    /** Month arithmetic on the day after the end, so a range ending on 30 June widens to 31 July, not 30 July. */
    public DateRange widenedByMonths(int months) {
        return new DateRange(from.minusMonths(months), to.plusDays(1).plusMonths(months).minusDays(1));
    }

    /** Exact comparison: a range of exactly N calendar months ends the day before {@code from + N months}. */
    public boolean isLongerThanMonths(int months) {
        return to.isAfter(from.plusMonths(months).minusDays(1));
    }

    /** Whole calendar months covered, for explanations ("covers 120 months"). */
    public long wholeMonths() {
        return ChronoUnit.MONTHS.between(from, to.plusDays(1));
    }

    /** As people read it in explanations: "1 July 2023 to 30 June 2024" (New Zealand's day-first form). */
    public String inWords() {
        return IN_WORDS.format(from) + " to " + IN_WORDS.format(to);
    }

    /** ISO 8601 interval form, used in stored inputs and the canonical content form. */
    public String iso() {
        return from + "/" + to;
    }
}
