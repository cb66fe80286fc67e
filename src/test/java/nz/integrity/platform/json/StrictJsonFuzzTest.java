package nz.integrity.platform.json;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Coverage-guided fuzzing of the API's body reader (docs/testing.md): whatever the bytes, the only failure is a
 * {@link JsonInputException}, never a crash, a stack overflow or a runtime error that would answer 500.
 */
class StrictJsonFuzzTest {

    enum Kind { CLIENT, PARTNER }

    record Item(String name, Long id, Kind kind, LocalDate on) {
    }

    record Body(String text, Boolean flag, Integer number, LocalDate from, LocalDate to, List<Item> items,
                Set<String> tags, Map<String, String> notes, Item item) {
    }

    @FuzzTest(maxDuration = "30s")
    void readsAnyBytesOrRefusesThemAsBadInput(byte[] data) {
        try {
            StrictJson.read(data, Body.class);
        } catch (JsonInputException expected) {
            // bad input, reported with a field: the one permitted outcome besides success
        }
    }
}
