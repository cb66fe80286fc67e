package nz.integrity.platform.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 9 item 13: a stored file name, whatever it holds, cannot break or extend the download's header. */
class FileDownloadServletTest {

    @Test
    @DisplayName("An ordinary name is sent as it is")
    void anOrdinaryNameIsKept() {
        assertEquals("attachment; filename=\"REQ-2026-000001.pdf\"; filename*=UTF-8''REQ-2026-000001.pdf",
                FileDownloadServlet.attachment("REQ-2026-000001.pdf"));
    }

    @Test
    @DisplayName("Quotes, line breaks and non-ASCII letters are encoded, never passed through")
    void awkwardNamesAreEncoded() {
        assertEquals("attachment; filename=\"p_ua_a__x.pdf\"; filename*=UTF-8''p%C4%81ua%22a%0D%0Ax.pdf",
                FileDownloadServlet.attachment("pāua\"a\r\nx.pdf"));
    }
}
