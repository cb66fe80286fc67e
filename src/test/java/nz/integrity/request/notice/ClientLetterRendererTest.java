package nz.integrity.request.notice;

import java.util.List;

import nz.integrity.platform.ValidationException;
import nz.integrity.request.content.NoticeTerms;
import nz.integrity.request.content.Text;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientLetterRendererTest {

    private final ClientLetterRenderer renderer = new ClientLetterRenderer();

    @Test
    void greetsInTeReoAndListsWhatIsAskedAndByWhen() throws Exception {
        try (RenderedPdf pdf = new RenderedPdf(renderer.render(SampleNotices.clientLetter()))) {
            String text = pdf.text();

            assertTrue(text.contains("Tēnā koe Aroha Client,"), text);
            assertTrue(text.contains("Statements and transactions for specified accounts within the date range"), text);
            assertTrue(text.contains("1 July 2023 to 30 June 2024"), text);
            assertTrue(text.contains("Please send it to us by Wednesday 22 July 2026."), text);
            assertTrue(text.contains("12 Kōwhai Street"), text);
            assertTrue(text.contains("Nāku noa, nā"), text);
        }
    }

    @Test
    void statesTheClientsRights() throws Exception {
        try (RenderedPdf pdf = new RenderedPdf(renderer.render(SampleNotices.clientLetter()))) {
            String text = pdf.text();

            for (String right : ClientLetter.RIGHTS) {
                assertTrue(text.contains(Text.normalise(right)), right);
            }
            assertTrue(text.contains("ask us to correct it"));
            assertTrue(text.contains("Privacy Commissioner"));
            assertTrue(text.contains("representative or support person"));
        }
    }

    @Test
    void isReproducibleAndEmbedsItsFonts() throws Exception {
        byte[] first = renderer.render(SampleNotices.clientLetter());

        assertArrayEquals(first, renderer.render(SampleNotices.clientLetter()));
        try (RenderedPdf pdf = new RenderedPdf(first)) {
            for (PDFont font : pdf.fonts()) {
                assertTrue(font.isEmbedded(), font.getName());
            }
        }
    }

    @Test
    void refusesAThirdPartyNoticeAndAReplyDateNotAfterSending() {
        assertThrows(ValidationException.class, () -> ClientLetter.forClientRequest(SampleNotices.letterhead(),
                SampleNotices.exampleBank(), SampleNotices.bankNoticeContent(),
                new NoticeTerms(SampleNotices.GIVEN, SampleNotices.EARLIEST_DUE, "Post it."), SampleNotices.CODE_2021_PURPOSES));
        ClientLetter valid = SampleNotices.clientLetter();
        assertThrows(ValidationException.class, () -> new ClientLetter(valid.letterhead(), valid.client(),
                valid.purposes(), valid.items(), valid.howToRespond(), valid.sentOn(), valid.sentOn()));
        assertThrows(ValidationException.class, () -> new ClientLetter(valid.letterhead(), valid.client(),
                valid.purposes(), List.of(), valid.howToRespond(), valid.sentOn(), valid.respondBy()));
    }
}
