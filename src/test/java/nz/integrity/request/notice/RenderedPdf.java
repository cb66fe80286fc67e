package nz.integrity.request.notice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;

/** A rendered document read back with PDFBox, exposing what the tests check. */
final class RenderedPdf implements AutoCloseable {

    final PDDocument document;

    RenderedPdf(byte[] bytes) {
        try {
            document = Loader.loadPDF(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All text, with every run of whitespace (including line wraps) collapsed to one space. */
    String text() throws IOException {
        return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }

    List<PDFont> fonts() throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    XMPMetadata xmp() throws IOException, XmpParsingException {
        try (InputStream packet = document.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
            return new DomXmpParser().parse(packet);
        }
    }

    /** Every glyph's left and right edge, in points from the left of its page. */
    List<float[]> glyphExtents() throws IOException {
        List<float[]> extents = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition position : positions) {
                    extents.add(new float[] {position.getXDirAdj(), position.getXDirAdj() + position.getWidthDirAdj()});
                }
            }
        };
        stripper.getText(document);
        return extents;
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
