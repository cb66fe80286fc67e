package nz.integrity.platform.rest;

import nz.integrity.platform.ValidationException;

import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Query parameters and encoded body fields parsed by hand, so bad input is a 400 naming the field: JAX-RS answers
 * a bad enum query parameter with 404, which would tell a client the resource does not exist, and a bad base64
 * file would otherwise be a 500.
 */
public final class Params {

    private Params() {
    }

    public static <E extends Enum<E>> E optionalEnum(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "Use one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")) + ".");
        }
    }

    /** The bytes of a standard base64 field (a file sent in a JSON body); null when the field was not sent. */
    public static byte[] base64(String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "The file content must be base64.");
        }
    }

    public static int intBetween(String value, int defaultValue, int min, int max, String field) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new ValidationException(field, "Use a whole number from " + min + " to " + max + ".");
    }
}
