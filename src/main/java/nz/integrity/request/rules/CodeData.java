package nz.integrity.request.rules;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Typed, strict reading of one Code version's properties. It remembers which keys were read so that
 * {@link #requireAllKeysRead()} can reject keys nobody reads: a misspelt key would otherwise leave a rule on a
 * default nobody chose.
 */
final class CodeData {

    private final String source;
    private final Properties properties;
    private final Set<String> read = new HashSet<>();

    private CodeData(String source, Properties properties) {
        this.source = source;
        this.properties = properties;
    }

    static CodeData read(String source, Reader reader) {
        Properties properties = new Properties();
        try {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new CodeDataException("Cannot read Code data " + source + ": " + e.getMessage(), e);
        }
        return new CodeData(source, properties);
    }

    String text(String key) {
        return optionalText(key).orElseThrow(() -> error(key, "must not be empty"));
    }

    /** A key that must be present but may be left empty. */
    Optional<String> optionalText(String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw error(key, "is missing");
        }
        read.add(key);
        return value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    int positiveInt(String key) {
        String value = text(key);
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below with the key
        }
        throw error(key, "must be a positive whole number, not '" + value + "'");
    }

    LocalDate date(String key) {
        return parseDate(key, text(key));
    }

    Optional<LocalDate> optionalDate(String key) {
        return optionalText(key).map(value -> parseDate(key, value));
    }

    <E extends Enum<E>> E enumValue(String key, Class<E> type) {
        return parseEnum(key, text(key), type);
    }

    <E extends Enum<E>> Set<E> enumSet(String key, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        list(key).forEach(value -> values.add(parseEnum(key, value, type)));
        return values;
    }

    /** Comma-separated entries; empty when the key is present but empty. */
    List<String> list(String key) {
        return optionalText(key)
                .map(value -> Arrays.stream(value.split(",")).map(String::strip).filter(entry -> !entry.isEmpty()).toList())
                .orElse(List.of());
    }

    PhraseList phrases(String key) {
        return new PhraseList(list(key));
    }

    /** All entries under {@code prefix}, keyed by the rest of the key, e.g. "purpose." gives "ENTITLEMENT". */
    Map<String, String> entriesUnder(String prefix) {
        Set<String> keys = properties.stringPropertyNames().stream()
                .filter(key -> key.startsWith(prefix))
                .collect(Collectors.toSet());
        return keys.stream().collect(Collectors.toMap(key -> key.substring(prefix.length()), this::text));
    }

    void requireAllKeysRead() {
        Set<String> unread = new TreeSet<>(properties.stringPropertyNames());
        unread.removeAll(read);
        if (!unread.isEmpty()) {
            throw new CodeDataException("Code data " + source + " has keys no rule reads (misspelt?): " + unread);
        }
    }

    private LocalDate parseDate(String key, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw error(key, "must be an ISO date (yyyy-mm-dd), not '" + value + "'");
        }
    }

    private <E extends Enum<E>> E parseEnum(String key, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw error(key, "has '" + value + "', which is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private CodeDataException error(String key, String problem) {
        return new CodeDataException("Code data " + source + ": key '" + key + "' " + problem);
    }
}
