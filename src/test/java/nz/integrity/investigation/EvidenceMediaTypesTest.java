package nz.integrity.investigation;

import nz.integrity.platform.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EvidenceMediaTypesTest {

    private static final byte[] TEXT = "Statement of account\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] PDF = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final byte[] EXE = "MZ\u0090\u0000\u0003\u0000\u0000\u0000PE\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    @DisplayName("issue 9 item 5: the type comes from the content")
    void detectsFromContent() {
        assertEquals("text/plain", EvidenceMediaTypes.detect(TEXT, "statement.txt", null));
        assertEquals("application/pdf", EvidenceMediaTypes.detect(PDF, "statement.pdf", "application/pdf"));
        assertEquals("image/png", EvidenceMediaTypes.detect(PNG, "photo.png", "image/png; charset=binary"));
        assertEquals("text/plain", EvidenceMediaTypes.detect(TEXT, "statement.txt", "application/octet-stream"));
        assertEquals("text/csv", EvidenceMediaTypes.detect("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "rows.csv", "text/plain"));
    }

    @Test
    @DisplayName("issue 9 item 5: a claimed type that is malformed or disagrees with the content is refused")
    void refusesWrongClaims() {
        for (String claimed : new String[] {"not a type", "text/plain\r\nX-Injected: 1", "application/pdf", "image/png"}) {
            assertEquals("mediaType", assertThrows(ValidationException.class,
                    () -> EvidenceMediaTypes.detect(TEXT, "statement.txt", claimed)).fieldMessages().keySet().iterator().next());
        }
    }

    @Test
    @DisplayName("issue 9 item 5: content outside the allow-list is refused whatever it is called")
    void refusesContentOutsideTheList() {
        assertThrows(ValidationException.class, () -> EvidenceMediaTypes.detect(EXE, "statement.pdf", "application/pdf"));
        assertThrows(ValidationException.class, () -> EvidenceMediaTypes.detect(
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "page.html", null));
    }

    @Test
    @DisplayName("issue 9 item 5: a stored type from before detection never breaks a download")
    void servesOldTypesSafely() {
        assertEquals("application/octet-stream", EvidenceMediaTypes.servable("not a type"));
        assertEquals("application/octet-stream", EvidenceMediaTypes.servable("text/plain\r\nX: 1"));
        assertEquals("application/octet-stream", EvidenceMediaTypes.servable(null));
        assertEquals("text/plain", EvidenceMediaTypes.servable("text/plain"));
    }
}
