package nz.integrity.platform.rest;

import nz.integrity.platform.ValidationException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Base64 file fields of evidence and received documents decode in one place, and bad input names its field. */
class ParamsTest {

    @Test
    void aBase64FieldDecodesToItsBytes() {
        assertArrayEquals("statement".getBytes(StandardCharsets.US_ASCII), Params.base64("c3RhdGVtZW50", "content"));
    }

    @Test
    void anAbsentFieldIsNoFile() {
        assertNull(Params.base64(null, "content"));
    }

    @Test
    void textThatIsNotBase64IsA400NamingTheField() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> Params.base64("not base64!!", "content"));
        assertEquals(Map.of("content", "The file content must be base64."), refused.fieldMessages());
    }
}
