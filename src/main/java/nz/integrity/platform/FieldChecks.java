package nz.integrity.platform;

import nz.integrity.platform.time.DateBounds;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Collects every field problem of one input before anything is changed, so a form or API client hears about all
 * of them at once. Value objects and entities throw {@link IllegalArgumentException} with a readable message;
 * this names the field it came from.
 */
public final class FieldChecks {

    private final Map<String, String> problems = new LinkedHashMap<>();

    /** Runs the parse or construction; on failure remembers its message for the field and returns null. */
    public <T> T attempt(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            problems.putIfAbsent(field, e.getMessage());
            return null;
        }
    }

    public FieldChecks require(boolean condition, String field, String message) {
        if (!condition) {
            problems.putIfAbsent(field, message);
        }
        return this;
    }

    public FieldChecks requireText(String value, String field, String message) {
        return require(value != null && !value.isBlank(), field, message);
    }

    /** A name people will read: blank is left to the caller's "required" check (see {@link Names}). */
    public FieldChecks presentableName(String value, String field) {
        return require(value == null || value.isBlank() || Names.isPresentable(value), field,
                "Use visible letters; invisible, direction-changing and control characters are not allowed.");
    }

    public FieldChecks maxLength(String value, int max, String field) {
        return require(value == null || value.strip().length() <= max, field, "At most " + max + " characters.");
    }

    /** An ISO date (2026-03-31) between 1900 and 2099; blank is null, for the caller's "required" check to report. */
    public LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (DateBounds.contains(date)) {
                return date;
            }
            problems.putIfAbsent(field, "Use a date between 1900 and 2099.");
        } catch (DateTimeParseException e) {
            problems.putIfAbsent(field, "Enter a date like 2026-03-31.");
        }
        return null;
    }

    /** One of the enum's names, case-insensitive; blank is null. */
    public <E extends Enum<E>> E oneOf(String field, Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.putIfAbsent(field, "Use one of " + Arrays.toString(type.getEnumConstants()) + ".");
            return null;
        }
    }

    public boolean isValid(String field) {
        return !problems.containsKey(field);
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
