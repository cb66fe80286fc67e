package nz.integrity.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalJsonTest {

    @Test
    void sortsKeysByUtf16CodeUnitsAsInRfc8785Example() {
        // RFC 8785 §3.2.3: the emoji (surrogate D83D) sorts before U+FB33 in UTF-16 order,
        // although its code point U+1F600 is larger.
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("\u20ac", "Euro Sign");
        map.put("\r", "Carriage Return");
        map.put("\ufb33", "Hebrew Letter Dalet With Dagesh");
        map.put("1", "One");
        map.put("\ud83d\ude00", "Emoji: Grinning Face");
        map.put("\u0080", "Control");
        map.put("\u00f6", "Latin Small Letter O With Diaeresis");

        assertEquals("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\\u0080\":\"Control\","
                        + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                        + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}",
                CanonicalJson.write(map));
    }

    @Test
    void writesNestedStructuresWithoutWhitespaceAndSortsEveryLevel() {
        Map<String, Object> inner = new HashMap<>();
        inner.put("z", List.of(1, 2L, true, false));
        inner.put("a", null);
        Map<String, Object> outer = new HashMap<>();
        outer.put("b", inner);
        outer.put("a", "x");
        outer.put("c", List.of());
        outer.put("d", Map.of());

        assertEquals("{\"a\":\"x\",\"b\":{\"a\":null,\"z\":[1,2,true,false]},\"c\":[],\"d\":{}}",
                CanonicalJson.write(outer));
    }

    @Test
    void carriageReturnAndLineFeedCannotSplitTheOutput() {
        String forged = "ok\r\n2025-01-01 LOGON_SUCCEEDED actor=admin";

        String json = CanonicalJson.write(Map.of("reason", forged));

        assertEquals("{\"reason\":\"ok\\r\\n2025-01-01 LOGON_SUCCEEDED actor=admin\"}", json);
        assertFalse(json.contains("\r") || json.contains("\n"));
    }

    @Test
    void escapesNulAndOtherC0ControlsAsLowerCaseUnicodeEscapes() {
        assertEquals("\"a\\u0000b\\u001fc\\u000b\"", CanonicalJson.write("a\u0000b\u001fc\u000b"));
    }

    @Test
    void usesShortEscapesWhereJsonDefinesThem() {
        assertEquals("\"\\b\\t\\n\\f\\r\\\"\\\\/\"", CanonicalJson.write("\b\t\n\f\r\"\\/"));
    }

    @Test
    void escapesDelC1ControlsUnicodeLineSeparatorsAndBidiControls() {
        assertEquals("\"\\u007f\\u0085\\u009f\\u2028\\u2029\\u202e\\u2066\\u2069\"",
                CanonicalJson.write("\u007f\u0085\u009f\u2028\u2029\u202e\u2066\u2069"));
    }

    @Test
    void keepsPrintableNonAsciiTextAsIs() {
        String text = "M\u0101ori \u00e9t\u00e9 \u20ac \ud83d\ude00 \u4e2d\u6587";

        assertEquals("\"" + text + "\"", CanonicalJson.write(text));
    }

    @Test
    void escapesLoneSurrogatesSoDistinctStringsStayDistinctInUtf8() {
        assertEquals("\"\\ud800x\\udc00\"", CanonicalJson.write("\ud800x\udc00"));
        assertEquals("\"\\ud83d\ud83d\ude00\"", CanonicalJson.write("\ud83d\ud83d\ude00"));
    }

    @Test
    void noUtf16CodeUnitCanProduceALineBreakAndEveryOneRoundTrips() {
        char[] all = new char[0x10000];
        for (int c = 0; c < all.length; c++) {
            all[c] = (char) c;
        }
        String everyCodeUnit = new String(all);

        String json = CanonicalJson.write(everyCodeUnit);

        for (char lineBreak : new char[] {'\n', '\r', '\u000b', '\u000c', '\u0085', '\u2028', '\u2029', '\u0000'}) {
            assertEquals(-1, json.indexOf(lineBreak), "raw U+" + Integer.toHexString(lineBreak));
        }
        assertEquals(everyCodeUnit, CanonicalJson.parse(json));
        assertTrue(CanonicalJson.isCanonical(json));
    }

    @Test
    void writesExactDecimalsWithoutExponentOrTrailingZeros() {
        assertEquals("[1.5,100,0,-0.001,12345678901234567890123,9223372036854775807,-2147483648,7]",
                CanonicalJson.write(List.of(new BigDecimal("1.50"), new BigDecimal("1E+2"), new BigDecimal("-0.000"),
                        new BigDecimal("-1e-3"), new BigInteger("12345678901234567890123"), Long.MAX_VALUE,
                        Integer.MIN_VALUE, (short) 7)));
    }

    @Test
    void refusesFloatingPointBecauseItsDecimalFormIsARoundingChoice() {
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(Map.of("amount", 1.1d)));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(1.1f));
    }

    @Test
    void refusesValuesWithoutAnUnambiguousJsonForm() {
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(Set.of("a", "b")));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(Map.of(1, "x")));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(new Object()));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(new BigDecimal("1E+100000")));
    }

    @Test
    void refusesCyclicStructures() {
        List<Object> cyclic = new ArrayList<>();
        cyclic.add(cyclic);

        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(cyclic));
    }

    @Test
    void parseReadsWhatWriteWrites() {
        Map<String, Object> original = new LinkedHashMap<>();
        original.put("text", "line1\nline2\u2028\u0000");
        original.put("n", 42L);
        original.put("big", new BigDecimal("123456789012345678901234567890"));
        original.put("d", new BigDecimal("-0.25"));
        original.put("list", Arrays.asList(null, true, "x"));

        String json = CanonicalJson.write(original);

        assertEquals(json, CanonicalJson.write(CanonicalJson.parse(json)));
    }

    @ParameterizedTest
    @CsvSource({"88888888.80, 88888888.8", "1.50, 15e-1", "2.0, 2", "-0.0, 0", "1000000000000000000000000000000, 1e30"})
    void oneNumberParsesToOneValueWhateverItsSpelling(String spelling, String sameNumber) {
        assertEquals(CanonicalJson.parse(sameNumber), CanonicalJson.parse(spelling));
        assertEquals(CanonicalJson.parse(spelling), CanonicalJson.parse(CanonicalJson.write(CanonicalJson.parse(spelling))));
    }

    @Test
    void parseAcceptsInsignificantWhitespaceButSuchTextIsNotCanonical() {
        String spaced = "{ \"b\" : 1 ,\n \"a\" : [ true ] }";

        assertEquals("{\"a\":[true],\"b\":1}", CanonicalJson.write(CanonicalJson.parse(spaced)));
        assertFalse(CanonicalJson.isCanonical(spaced));
        assertTrue(CanonicalJson.isCanonical("{\"a\":[true],\"b\":1}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"a\":1,\"a\":2}",   // duplicate key
        "{\"a\":1} x",         // trailing content
        "[1,]",                // trailing comma
        "01",                  // leading zero
        "\"raw\nnewline\"",    // unescaped control character
        "\"\\x\"",             // invalid escape
        "{'a':1}",             // single quotes
        "1.",                  // missing fraction digits
        "",                    // empty
        "nul"                  // truncated literal
    })
    void parseRefusesInvalidOrAmbiguousJson(String json) {
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.parse(json));
        assertFalse(CanonicalJson.isCanonical(json));
    }

    @Test
    void nonCanonicalSpellingsOfTheSameValueAreRecognised() {
        assertFalse(CanonicalJson.isCanonical("{\"b\":1,\"a\":2}"));
        assertFalse(CanonicalJson.isCanonical("1.50"));
        assertFalse(CanonicalJson.isCanonical("1e2"));
        assertFalse(CanonicalJson.isCanonical("\"\\u0041\""));
        assertFalse(CanonicalJson.isCanonical("\"\\/\""));
        assertTrue(CanonicalJson.isCanonical("\"/\""));
        assertTrue(CanonicalJson.isCanonical("100"));
    }
}
