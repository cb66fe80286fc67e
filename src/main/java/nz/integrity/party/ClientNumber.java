package nz.integrity.party;

import java.util.regex.Pattern;

/** MSD client numbers are nine digits; spaces and dashes people type are tolerated and removed. */
public record ClientNumber(String value) {

    private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}");

    public ClientNumber {
        if (value == null || !NINE_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("A client number is nine digits, for example 123456789");
        }
    }

    public static ClientNumber parse(String typed) {
        return new ClientNumber(typed == null ? null : typed.replaceAll("[\\s-]", ""));
    }

    @Override
    public String toString() {
        return value;
    }
}
