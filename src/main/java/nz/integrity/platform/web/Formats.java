package nz.integrity.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import nz.integrity.platform.time.NewZealandTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as staff read them: New Zealand time, day first. */
@Named
@ApplicationScoped
public class Formats {

    private static final ZoneId NEW_ZEALAND = NewZealandTime.ZONE;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(NEW_ZEALAND));
    }
}
