package nz.integrity.request.content;

import java.util.Objects;

/**
 * A code for a Schedule 6 clause 3 purpose, chosen from the list published with a Code version (R01).
 * Only the code is stored on the request; the wording belongs to the Code version.
 */
public record PurposeCode(String value) implements Comparable<PurposeCode> {

    public PurposeCode {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("A purpose code is an upper-case identifier, not free text: '" + value + "'");
        }
    }

    @Override
    public int compareTo(PurposeCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
