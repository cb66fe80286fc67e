package nz.integrity.request.notice;

import nz.integrity.party.DeliveryChannel;
import nz.integrity.platform.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("R36 cancellation letter")
class CancellationLetterRendererTest {

    private final CancellationLetterRenderer renderer = new CancellationLetterRenderer();

    @Test
    @DisplayName("R36 tells the recipient which notice is cancelled and not to send anything")
    void tellsTheRecipientWhichNoticeIsCancelledAndNotToSendAnything() throws Exception {
        try (RenderedPdf pdf = new RenderedPdf(renderer.render(SampleNotices.cancellation()))) {
            String text = pdf.text();

            assertTrue(text.contains("We have cancelled our notice requiring information under Schedule 6, clause 2 of the "
                    + "Social Security Act 2018 dated Wednesday 8 July 2026, reference IR-2026-000123."), text);
            assertTrue(text.contains("please do not send us any information in reply to it"), text);
            assertTrue(text.contains("return or destroy anything we no longer need"), text);
            assertTrue(text.contains("notices@example-bank.co.nz"), text);
        }
    }

    @Test
    @DisplayName("R36 a client is told the letter asking them is cancelled")
    void aClientIsToldTheLetterAskingThemIsCancelled() throws Exception {
        CancellationLetter toClient = new CancellationLetter(SampleNotices.letterhead(),
                new Addressee("Aroha Client", DeliveryChannel.POST, List.of("12 Kōwhai Street", "Ōtaki 5512")), false,
                SampleNotices.GIVEN, LocalDate.parse("2026-07-09"));
        try (RenderedPdf pdf = new RenderedPdf(renderer.render(toClient))) {
            String text = pdf.text();

            assertTrue(text.contains("We have cancelled our letter asking you for information dated Wednesday 8 July 2026"), text);
            assertFalse(text.contains("Schedule 6"), "a client letter is not a statutory notice");
        }
    }

    @Test
    @DisplayName("R36 is reproducible")
    void isReproducible() {
        assertArrayEquals(renderer.render(SampleNotices.cancellation()), renderer.render(SampleNotices.cancellation()));
    }

    @Test
    @DisplayName("R36 cannot be dated before the notice it cancels")
    void cannotBeDatedBeforeTheNoticeItCancels() {
        assertThrows(ValidationException.class, () -> new CancellationLetter(SampleNotices.letterhead(),
                SampleNotices.exampleBank(), true, SampleNotices.GIVEN, SampleNotices.GIVEN.minusDays(1)));
    }
}
