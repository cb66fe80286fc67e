package nz.integrity.investigation;

import java.util.regex.Pattern;

/** INV-YYYY-NNNNNN: the year the referral arrived and its number within that year. */
public record CaseReference(String value) {

    private static final Pattern FORMAT = Pattern.compile("INV-\\d{4}-\\d{6}");

    public CaseReference {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("A case reference looks like INV-2026-000123");
        }
    }

    public static CaseReference of(int year, int number) {
        if (number < 1 || number > 999_999) {
            throw new IllegalArgumentException("Case numbers run from 1 to 999999 within a year");
        }
        return new CaseReference(String.format("INV-%04d-%06d", year, number));
    }

    @Override
    public String toString() {
        return value;
    }
}
