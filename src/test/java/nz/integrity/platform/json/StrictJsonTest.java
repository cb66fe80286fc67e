package nz.integrity.platform.json;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StrictJsonTest {

    enum Kind { CLIENT, PARTNER }

    record Item(String name, Integer count) {
    }

    record Body(String text, Boolean flag, Long id, int number, LocalDate on, Kind kind, List<Item> items,
                Set<String> tags, Map<String, String> notes) {
    }

    record Period(LocalDate from, LocalDate to) {
        Period {
            if (from != null && to != null && to.isBefore(from)) {
                throw new IllegalArgumentException("The period ends before it starts");
            }
        }
    }

    private static <T> T read(String json, Class<T> type) {
        return StrictJson.read(json.getBytes(StandardCharsets.UTF_8), type);
    }

    private static String fieldOf(String json, Class<?> type) {
        return assertThrows(JsonInputException.class, () -> read(json, type)).field();
    }

    @Test
    @DisplayName("issue 9 item 7: exact types bind")
    void bindsEveryDocumentedType() {
        Body body = read("{\"text\":\"a\",\"flag\":true,\"id\":7,\"number\":3,\"on\":\"2024-02-29\",\"kind\":\"PARTNER\","
                + "\"items\":[{\"name\":\"x\",\"count\":2}],\"tags\":[\"t\"],\"notes\":{\"R05\":\"why\"},\"ignored\":1}", Body.class);
        assertEquals(new Body("a", true, 7L, 3, LocalDate.of(2024, 2, 29), Kind.PARTNER, List.of(new Item("x", 2)),
                Set.of("t"), Map.of("R05", "why")), body);
    }

    @Test
    @DisplayName("issue 9 item 7: a NUL character in any text names its field (PostgreSQL cannot store it)")
    void nulInTextNamesTheField() {
        assertEquals("text", fieldOf("{\"text\":\"investigator\\u0000\"}", Body.class));
        assertEquals("items[0].name", fieldOf("{\"number\":1,\"items\":[{\"name\":\"a\\u0000b\"}]}", Body.class));
    }

    @Test
    @DisplayName("issue 9 item 7: an empty body is no body")
    void emptyBodyIsNull() {
        assertNull(read("  \n", Body.class));
    }

    @Test
    @DisplayName("issue 9 items 7 and 8: wrong types name the field")
    void wrongTypesNameTheField() {
        assertEquals("text", fieldOf("{\"text\":123,\"number\":1}", Body.class));
        assertEquals("text", fieldOf("{\"text\":[\"a\"],\"number\":1}", Body.class));
        assertEquals("flag", fieldOf("{\"flag\":\"yes\",\"number\":1}", Body.class));
        assertEquals("id", fieldOf("{\"id\":1.5,\"number\":1}", Body.class));
        assertEquals("number", fieldOf("{\"number\":99999999999}", Body.class));
        assertEquals("number", fieldOf("{}", Body.class));
        assertEquals("kind", fieldOf("{\"kind\":\"ASSOCIATE\",\"number\":1}", Body.class));
        assertEquals("items[0].count", fieldOf("{\"items\":[{\"count\":\"2\"}],\"number\":1}", Body.class));
        assertEquals("items[1]", fieldOf("{\"items\":[{},null],\"number\":1}", Body.class));
        assertEquals("notes.R05", fieldOf("{\"notes\":{\"R05\":1},\"number\":1}", Body.class));
        assertEquals("tags", fieldOf("{\"tags\":\"t\",\"number\":1}", Body.class));
    }

    @Test
    @DisplayName("issue 9 item 4: dates are strict ISO within 1900-2099")
    void datesAreBounded() {
        assertEquals("on", fieldOf("{\"on\":\"+999999999-01-01\",\"number\":1}", Body.class));
        assertEquals("on", fieldOf("{\"on\":\"1899-12-31\",\"number\":1}", Body.class));
        assertEquals("on", fieldOf("{\"on\":\"2100-01-01\",\"number\":1}", Body.class));
        assertEquals("on", fieldOf("{\"on\":\"2023-02-29\",\"number\":1}", Body.class));
        assertEquals("on", fieldOf("{\"on\":20240101,\"number\":1}", Body.class));
        assertEquals(LocalDate.of(1900, 1, 1), read("{\"on\":\"1900-01-01\",\"number\":1}", Body.class).on());
        assertEquals(LocalDate.of(2099, 12, 31), read("{\"on\":\"2099-12-31\",\"number\":1}", Body.class).on());
    }

    @Test
    @DisplayName("issue 9 item 4: a record's own invariant is reported as bad input")
    void recordInvariantIsBadInput() {
        assertEquals("body", fieldOf("{\"from\":\"2024-12-31\",\"to\":\"2024-01-01\"}", Period.class));
    }

    @Test
    @DisplayName("issue 9 item 7: malformed, duplicate-key and deeply nested documents are refused")
    void malformedDocumentsAreRefused() {
        for (String json : List.of("hello", "{\"text\":", "{\"text\":\"a\",\"text\":\"b\"}", "[]", "\"x\"", "{} {}",
                "[".repeat(100_000), "[".repeat(10 * 1024 * 1024))) {
            assertEquals("body", fieldOf(json, Body.class), json.length() > 40 ? json.substring(0, 40) : json);
        }
    }
}
