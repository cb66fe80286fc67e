package nz.integrity.platform.json;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Coverage-guided fuzzing of the audit trail's canonical JSON (docs/testing.md): parsing any text either fails with
 * {@link IllegalArgumentException} or yields a value whose canonical form parses back to the same value and is
 * itself canonical, so a stored payload can always be re-hashed to the same bytes.
 */
class CanonicalJsonFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void parsesOrRefusesAndRoundTripsCanonically(String text) {
        Object value;
        try {
            value = CanonicalJson.parse(text);
        } catch (IllegalArgumentException refused) {
            return;
        }
        String canonical;
        try {
            canonical = CanonicalJson.write(value);
        } catch (IllegalArgumentException unsupported) {
            // numbers beyond the writer's exact range are refused on output, not guessed at
            return;
        }
        assertEquals(value, CanonicalJson.parse(canonical));
        assertEquals(canonical, CanonicalJson.write(CanonicalJson.parse(canonical)));
    }
}
