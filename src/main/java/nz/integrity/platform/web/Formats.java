package nz.integrity.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import nz.integrity.platform.time.NewZealandTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What people read instead of what the system stores: dates and times in New Zealand time, day first, month in
 * words; codes (statuses, types, audit actions) in the words of the message bundle. REST keeps the codes.
 */
@Named
@ApplicationScoped
public class Formats {

    private static final ZoneId NEW_ZEALAND = NewZealandTime.ZONE;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, h:mm a", Locale.ENGLISH);

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(NEW_ZEALAND));
    }

    /** A period as "1 January 2016 to 3 December 2026"; either end may be open. */
    public String period(LocalDate from, LocalDate to) {
        return from == null && to == null ? "" : date(from) + " – " + date(to);
    }

    /**
     * A stored code in words: the bundle's {@code prefix + code} text, or, for a code the bundle does not know yet
     * (audit actions grow with the application), the code as a sentence ("CASE_SUBJECTS_VIEWED" → "Case subjects
     * viewed"), never the raw constant.
     */
    public String code(String prefix, Object code) {
        return words(ResourceBundle.getBundle(Messages.BUNDLE, locale()), prefix, code);
    }

    static String words(ResourceBundle bundle, String prefix, Object code) {
        if (code == null || code.toString().isBlank()) {
            return "";
        }
        String key = prefix + code;
        return bundle.containsKey(key) ? bundle.getString(key) : sentence(code.toString());
    }

    static String sentence(String code) {
        String spaced = code.strip().replace('_', ' ').toLowerCase(Locale.ENGLISH);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null ? Locale.ENGLISH : context.getViewRoot().getLocale();
    }
}
