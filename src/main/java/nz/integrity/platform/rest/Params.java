package nz.integrity.platform.rest;

import nz.integrity.platform.ValidationException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Query parameters parsed by hand: JAX-RS answers a bad enum query parameter with 404, which would tell a
 * client the resource does not exist instead of naming the parameter.
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
