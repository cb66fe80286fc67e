package nz.integrity.request.notice;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Validates rendered documents with veraPDF, the reference PDF/A validator, against PDF/A-2b. */
class PdfAConformanceTest {

    @BeforeAll
    static void startVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void theNoticeConformsToPdfA2b() throws Exception {
        assertConforms(new NoticeRenderer().render(SampleNotices.notice()));
    }

    @Test
    void theClientLetterConformsToPdfA2b() throws Exception {
        assertConforms(new ClientLetterRenderer().render(SampleNotices.clientLetter()));
    }

    @Test
    void theCancellationLetterConformsToPdfA2b() throws Exception {
        assertConforms(new CancellationLetterRenderer().render(SampleNotices.cancellation()));
    }

    @Test
    void theValidatorRejectsAnOrdinaryPdf() throws Exception {
        // Guards against a vacuous pass: a plain PDFBox document has no PDF/A metadata or output intent.
        try (PDDocument plain = new PDDocument()) {
            plain.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            plain.save(out);
            assertFalse(validate(out.toByteArray()).isCompliant());
        }
    }

    private static void assertConforms(byte[] pdf) throws Exception {
        ValidationResult result = validate(pdf);
        String failures = result.getTestAssertions().stream()
                .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                .map(assertion -> assertion.getRuleId() + ": " + assertion.getMessage())
                .distinct()
                .collect(Collectors.joining("\n"));
        assertTrue(result.isCompliant(), "PDF/A-2b failures:\n" + failures);
    }

    private static ValidationResult validate(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false);
            return validator.validate(parser);
        }
    }
}
