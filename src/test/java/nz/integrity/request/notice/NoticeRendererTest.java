package nz.integrity.request.notice;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import nz.integrity.request.content.InformationCategory;
import nz.integrity.request.content.NoticeTerms;
import nz.integrity.request.content.RequestItem;
import nz.integrity.request.content.SampleContent;
import nz.integrity.request.content.Text;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.junit.jupiter.api.Test;

import static nz.integrity.request.content.SampleContent.range;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoticeRendererTest {

    private static final float PAGE_WIDTH = 595.27563f;

    private final NoticeRenderer renderer = new NoticeRenderer();

    @Test
    void printsTheLegalBasisItemsDueDateAndPrivilegeClause() throws Exception {
        StatutoryNotice notice = SampleNotices.notice();

        try (RenderedPdf pdf = new RenderedPdf(renderer.render(notice))) {
            String text = pdf.text();

            assertTrue(pdf.document.getNumberOfPages() >= 1);
            assertTrue(text.contains("Schedule 6, clause 2 of the Social Security Act 2018"), text);
            assertTrue(text.contains("1 July 2023 to 30 June 2024"), text);
            assertTrue(text.contains("1 January 2023 to 31 December 2023"), text);
            assertTrue(text.contains("Provide the information by Thursday 16 July 2026."), text);
            assertTrue(text.contains(Text.normalise(StatutoryNotice.PRIVILEGE)), text);
            assertTrue(text.contains(Text.normalise(StatutoryNotice.MANDATORY_NATURE)), text);
            assertTrue(text.contains("Determining whether a person is, or was, entitled to a benefit or payment"), text);
            assertTrue(text.contains(Exclusion.COMMUNICATIONS_CONTENT.wording()), text);
            assertTrue(text.contains("IR-2026-000123"), text);
            assertTrue(text.contains("Aroha Client, born 12 April 1985"), text);
        }
    }

    @Test
    void embedsEveryFont() throws Exception {
        try (RenderedPdf pdf = new RenderedPdf(renderer.render(SampleNotices.notice()))) {
            List<PDFont> fonts = pdf.fonts();

            assertFalse(fonts.isEmpty());
            for (PDFont font : fonts) {
                assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                assertTrue(font.getName().contains("LiberationSans"), font.getName());
            }
        }
    }

    @Test
    void declaresPdfAInXmpConsistentWithTheDocumentInformation() throws Exception {
        try (RenderedPdf pdf = new RenderedPdf(renderer.render(SampleNotices.notice()))) {
            XMPMetadata xmp = pdf.xmp();

            assertEquals(2, xmp.getPDFAIdentificationSchema().getPart());
            assertEquals("B", xmp.getPDFAIdentificationSchema().getConformance());
            String title = pdf.document.getDocumentInformation().getTitle();
            assertEquals("Notice requiring information IR-2026-000123", title);
            assertEquals(title, xmp.getDublinCoreSchema().getTitle());
            assertEquals(pdf.document.getDocumentInformation().getCreationDate().toInstant(),
                    xmp.getXMPBasicSchema().getCreateDate().toInstant());
            assertEquals(pdf.document.getDocumentInformation().getProducer(), xmp.getAdobePDFSchema().getProducer());
        }
    }

    @Test
    void hasAnSrgbOutputIntentAndNoEncryptionOrJavaScript() throws Exception {
        try (RenderedPdf pdf = new RenderedPdf(renderer.render(SampleNotices.notice()))) {
            PDDocumentCatalog catalog = pdf.document.getDocumentCatalog();
            List<PDOutputIntent> intents = catalog.getOutputIntents();

            assertEquals(1, intents.size());
            assertEquals("sRGB IEC61966-2.1", intents.get(0).getOutputConditionIdentifier());
            assertNotNull(intents.get(0).getDestOutputIntent());
            assertFalse(pdf.document.isEncrypted());
            assertNull(catalog.getOpenAction());
            assertTrue(catalog.getNames() == null || catalog.getNames().getJavaScript() == null);
        }
    }

    @Test
    void rendersTheSameNoticeToTheSameBytes() throws Exception {
        byte[] first = renderer.render(SampleNotices.notice());
        byte[] second = renderer.render(SampleNotices.notice());

        assertArrayEquals(first, second);
        assertEquals(sha256(first), sha256(second));
    }

    @Test
    void takesTheCreationDateAndFileIdentifierFromTheNoticeNotTheClock() throws Exception {
        StatutoryNotice notice = SampleNotices.notice();
        try (RenderedPdf pdf = new RenderedPdf(renderer.render(notice))) {
            assertEquals(LocalDate.parse("2026-07-08"), pdf.document.getDocumentInformation().getCreationDate()
                    .toInstant().atZone(ZoneId.of("Pacific/Auckland")).toLocalDate());
        }
        StatutoryNotice givenLater = SampleNotices.notice(LocalDate.parse("2026-07-09"), LocalDate.parse("2026-07-17"));
        assertFalse(Arrays.equals(renderer.render(notice), renderer.render(givenLater)));
    }

    @Test
    void wrapsLongTextAndBreaksPagesWithoutLeavingTheMargins() throws Exception {
        String unbroken = "ACCOUNT-" + "1234567890".repeat(15);
        List<RequestItem> items = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            items.add(SampleContent.item(InformationCategory.SPECIFIED_TRANSACTIONS,
                    "Transaction " + i + " of the specified series, identified by the bank's reference " + unbroken
                            + ", including the payer name, payee name, amount and the date it was processed",
                    range("2024-01-01", "2024-03-31")));
        }
        StatutoryNotice longNotice = StatutoryNotice.forApprovedRequest(SampleNotices.letterhead(),
                SampleNotices.exampleBank(), SampleContent.aBankNotice().items(items.toArray(RequestItem[]::new)).build(),
                new NoticeTerms(SampleNotices.GIVEN, SampleNotices.EARLIEST_DUE, SampleNotices.MANNER),
                SampleNotices.CODE_2021_PURPOSES, Set.of());

        try (RenderedPdf pdf = new RenderedPdf(renderer.render(longNotice))) {
            int pages = pdf.document.getNumberOfPages();
            assertTrue(pages > 1, "expected several pages, got " + pages);
            assertTrue(pdf.text().contains("Page " + pages + " of " + pages));
            for (float[] glyph : pdf.glyphExtents()) {
                assertTrue(glyph[0] >= 60 && glyph[1] <= PAGE_WIDTH - 60,
                        "glyph from " + glyph[0] + " to " + glyph[1] + " is outside the margins");
            }
        }
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
