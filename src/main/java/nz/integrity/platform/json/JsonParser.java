package nz.integrity.platform.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict RFC 8259 parser for the few JSON documents this package reads back (stored payloads,
 * exported checkpoints). Duplicate keys are refused because a document that means different
 * things to different parsers has no place in evidence.
 */
final class JsonParser {

    private final String text;
    private int pos;

    JsonParser(String text) {
        if (text == null) {
            throw new IllegalArgumentException("JSON text is null");
        }
        this.text = text;
    }

    Object parseDocument() {
        skipWhitespace();
        Object value = parseValue(0);
        skipWhitespace();
        if (pos != text.length()) {
            throw error("unexpected content after the JSON value");
        }
        return value;
    }

    private Object parseValue(int depth) {
        if (depth > CanonicalJson.MAX_DEPTH) {
            throw error("nesting deeper than " + CanonicalJson.MAX_DEPTH);
        }
        if (pos >= text.length()) {
            throw error("unexpected end of input");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> parseObject(depth);
            case '[' -> parseArray(depth);
            case '"' -> parseString();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield parseNumber();
                }
                throw error("unexpected character '" + c + "'");
            }
        };
    }

    private Map<String, Object> parseObject(int depth) {
        Map<String, Object> members = new LinkedHashMap<>();
        pos++; // '{'
        skipWhitespace();
        if (consume('}')) {
            return members;
        }
        do {
            skipWhitespace();
            if (pos >= text.length() || text.charAt(pos) != '"') {
                throw error("expected a string key");
            }
            String key = parseString();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            Object value = parseValue(depth + 1);
            if (members.containsKey(key)) {
                throw error("duplicate key \"" + key + "\"");
            }
            members.put(key, value);
            skipWhitespace();
        } while (consume(','));
        expect('}');
        return members;
    }

    private List<Object> parseArray(int depth) {
        List<Object> elements = new ArrayList<>();
        pos++; // '['
        skipWhitespace();
        if (consume(']')) {
            return elements;
        }
        do {
            skipWhitespace();
            elements.add(parseValue(depth + 1));
            skipWhitespace();
        } while (consume(','));
        expect(']');
        return elements;
    }

    private String parseString() {
        pos++; // opening quote
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw error("unescaped control character in string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= text.length()) {
                throw error("unterminated escape");
            }
            char escape = text.charAt(pos++);
            switch (escape) {
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case '/' -> out.append('/');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(parseHexChar());
                default -> throw error("invalid escape \\" + escape);
            }
        }
    }

    private char parseHexChar() {
        if (pos + 4 > text.length()) {
            throw error("truncated \\u escape");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(pos++), 16);
            if (digit < 0) {
                throw error("invalid hex digit in \\u escape");
            }
            value = value * 16 + digit;
        }
        return (char) value;
    }

    private Object parseNumber() {
        int start = pos;
        consume('-');
        if (consume('0')) {
            if (pos < text.length() && isDigit(text.charAt(pos))) {
                throw error("leading zeros are not allowed");
            }
        } else {
            requireDigits();
        }
        boolean integral = true;
        if (consume('.')) {
            integral = false;
            requireDigits();
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            integral = false;
            if (!consume('+')) {
                consume('-');
            }
            requireDigits();
        }
        String literal = text.substring(start, pos);
        try {
            if (integral && literal.length() <= 18) { // 18 digits always fit in a long
                return Long.parseLong(literal);
            }
            return normalised(new BigDecimal(literal));
        } catch (NumberFormatException e) {
            throw error("number out of range: " + literal);
        }
    }

    /**
     * One value per number, whatever its spelling: {@code 1.50}, {@code 1.5} and {@code 15e-1} parse equal, and
     * {@code 2.0} parses as the long {@code 2}, because the canonical writer prints all of them the same way and a
     * parsed value must equal the parse of its own canonical form (CanonicalJsonFuzzTest).
     */
    private static Object normalised(BigDecimal decimal) {
        BigDecimal stripped = decimal.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            try {
                return stripped.longValueExact();
            } catch (ArithmeticException tooBigForLong) {
                return stripped;
            }
        }
        return stripped;
    }

    private void requireDigits() {
        int start = pos;
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos == start) {
            throw error("digit expected");
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, pos)) {
            throw error("invalid literal");
        }
        pos += word.length();
        return value;
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private boolean consume(char expected) {
        if (pos < text.length() && text.charAt(pos) == expected) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char expected) {
        if (!consume(expected)) {
            throw error("expected '" + expected + "'");
        }
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException("invalid JSON at offset " + pos + ": " + message);
    }
}
