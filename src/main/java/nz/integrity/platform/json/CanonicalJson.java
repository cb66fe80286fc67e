package nz.integrity.platform.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Deterministic JSON text for values that get hashed or signed.
 *
 * <p>Rules (see {@code docs/audit-log-format.md} for the full specification):
 * <ul>
 *   <li>Object members are sorted by key, comparing UTF-16 code units ({@link String#compareTo}),
 *       exactly as RFC 8785 (JCS) sorts them.</li>
 *   <li>No whitespace between tokens.</li>
 *   <li>Strings: {@code "} and {@code \} are escaped; {@code \b \t \n \f \r} use their short
 *       escapes; every other character listed in {@link #mustEscape(char)} is written as
 *       {@code \}{@code uXXXX} with lower-case hex. Everything else is written as-is (UTF-8 once the
 *       text becomes bytes). The output therefore never contains a character that any common
 *       line-oriented tool treats as a line break, so one value is always one line.</li>
 *   <li>Numbers are exact decimals: {@code Integer}, {@code Long}, {@code Short}, {@code Byte},
 *       {@code BigInteger} and {@code BigDecimal} (trailing zeros stripped, never an exponent).
 *       {@code Double} and {@code Float} are refused because their decimal form is a rounding
 *       decision that would end up baked into a hash.</li>
 *   <li>Supported values: {@code null}, {@code Boolean}, {@code String}, the numbers above,
 *       {@code Map<String, ?>} and {@code List<?>}. Anything else is refused rather than guessed
 *       at via {@code toString()}.</li>
 * </ul>
 *
 * <p>Output equals RFC 8785 output when keys and values use only characters RFC 8785 leaves
 * unescaped and numbers are integers within ±2<sup>53</sup>; it deliberately differs for
 * DEL, C1 controls, U+2028/U+2029, bidirectional controls and lone surrogates (escaped here, raw or
 * an error in JCS) and for numbers JCS would round through an IEEE double.
 */
public final class CanonicalJson {

    /** Deep enough for any audit payload; shallow enough that a cyclic map fails fast. */
    static final int MAX_DEPTH = 64;

    /** BigDecimal.toPlainString() of 1E+100000000 would be a 100 MB string; nothing legitimate needs that. */
    private static final int MAX_ABS_SCALE = 1_000;

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private CanonicalJson() {
    }

    /** Serialises {@code value} canonically; throws {@link IllegalArgumentException} for unsupported values. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder(128);
        writeValue(value, out, 0);
        return out.toString();
    }

    /** Parses strict JSON (RFC 8259, duplicate keys refused) into maps, lists, strings, Long/BigDecimal, booleans and null. */
    public static Object parse(String json) {
        return new JsonParser(json).parseDocument();
    }

    /** True when {@code json} is valid JSON and already in exactly the canonical form {@link #write} produces. */
    public static boolean isCanonical(String json) {
        try {
            return write(parse(json)).equals(json);
        } catch (IllegalArgumentException notJsonOrNotRepresentable) {
            return false;
        }
    }

    /**
     * Characters written as escapes besides {@code "} and {@code \}.
     * The set is fixed here, not taken from {@link Character#getType}, because a JDK upgrade with a
     * newer Unicode version must never change the bytes of an already hashed event.
     */
    static boolean mustEscape(char c) {
        return c < 0x20                          // C0 controls, including CR, LF, NUL
                || (c >= 0x7F && c <= 0x9F)      // DEL and C1 controls, including NEL (U+0085)
                || c == '\u2028' || c == '\u2029' // line / paragraph separators
                || (c >= '\u202A' && c <= '\u202E') // bidi embeddings/overrides: can make a log line read differently
                || (c >= '\u2066' && c <= '\u2069'); // bidi isolates, same reason
    }

    private static void writeValue(Object value, StringBuilder out, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("JSON nesting deeper than " + MAX_DEPTH + " (cyclic structure?)");
        }
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            writeString(s, out);
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger) {
            out.append(value);
        } else if (value instanceof BigDecimal d) {
            out.append(plainDecimal(d));
        } else if (value instanceof Map<?, ?> map) {
            writeObject(map, out, depth);
        } else if (value instanceof List<?> list) {
            writeArray(list, out, depth);
        } else if (value instanceof Double || value instanceof Float) {
            throw new IllegalArgumentException("floating-point numbers are not canonical; use BigDecimal or long");
        } else {
            throw new IllegalArgumentException("unsupported JSON value type: " + value.getClass().getName());
        }
    }

    private static String plainDecimal(BigDecimal d) {
        BigDecimal stripped = d.stripTrailingZeros();
        if (Math.abs(stripped.scale()) > MAX_ABS_SCALE) {
            throw new IllegalArgumentException("decimal magnitude out of supported range: scale " + stripped.scale());
        }
        return stripped.toPlainString();
    }

    private static void writeObject(Map<?, ?> map, StringBuilder out, int depth) {
        List<String> keys = new ArrayList<>(map.size());
        for (Object key : map.keySet()) {
            if (!(key instanceof String k)) {
                throw new IllegalArgumentException("JSON object keys must be strings, got: " + key);
            }
            keys.add(k);
        }
        keys.sort(String::compareTo); // UTF-16 code unit order, as RFC 8785 §3.2.3 requires
        out.append('{');
        String separator = "";
        for (String key : keys) {
            out.append(separator);
            writeString(key, out);
            out.append(':');
            writeValue(map.get(key), out, depth + 1);
            separator = ",";
        }
        out.append('}');
    }

    private static void writeArray(List<?> list, StringBuilder out, int depth) {
        out.append('[');
        String separator = "";
        for (Object element : list) {
            out.append(separator);
            writeValue(element, out, depth + 1);
            separator = ",";
        }
        out.append(']');
    }

    /** Appends {@code s} as a canonical JSON string; for writers of fixed-shape objects (see AuditEvent). */
    public static void writeString(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (mustEscape(c) || isLoneSurrogate(s, i)) {
                        // A lone surrogate cannot be encoded as UTF-8; escaping keeps the text
                        // encodable and keeps two different strings from collapsing into one '?'.
                        unicodeEscape(c, out);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean isLoneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }

    private static void unicodeEscape(char c, StringBuilder out) {
        out.append("\\u")
                .append(HEX[(c >> 12) & 0xF])
                .append(HEX[(c >> 8) & 0xF])
                .append(HEX[(c >> 4) & 0xF])
                .append(HEX[c & 0xF]);
    }
}
