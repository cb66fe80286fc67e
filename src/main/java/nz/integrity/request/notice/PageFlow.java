package nz.integrity.request.notice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Lays text out top to bottom on A4 pages, wrapping every line to the measured width of the embedded font and
 * starting a new page when one fills up, so no field, however long, runs off the page.
 */
final class PageFlow {

    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float MARGIN = 62;
    private static final float TOP = 54;
    private static final float BOTTOM = 64;
    private static final float WIDTH = A4.getWidth() - 2 * MARGIN;
    private static final float LABEL_WIDTH = 118;
    private static final float BULLET_INDENT = 16;

    private static final float TITLE_SIZE = 17;
    private static final float HEADING_SIZE = 12.5f;
    private static final float BODY_SIZE = 10.5f;
    private static final float SMALL_SIZE = 8.5f;
    private static final float LEADING = 1.38f;

    // sRGB values: the output intent is sRGB, so no other colour space appears in the document.
    private static final float[] INK = {0.12f, 0.12f, 0.14f};
    private static final float[] ACCENT = {0.05f, 0.26f, 0.42f};
    private static final float[] MUTED = {0.38f, 0.38f, 0.42f};
    private static final float[] RULE = {0.72f, 0.74f, 0.78f};

    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private PDPageContentStream stream;
    private float y;

    PageFlow(PDDocument document, PDFont regular, PDFont bold) {
        this.document = document;
        this.regular = regular;
        this.bold = bold;
        newPage();
    }

    void title(String text) {
        block(bold, TITLE_SIZE, ACCENT, MARGIN, WIDTH, text);
    }

    void subtitle(String text) {
        block(regular, BODY_SIZE + 0.5f, MUTED, MARGIN, WIDTH, text);
    }

    /** A section heading is never left alone at the foot of a page. */
    void heading(String text) {
        space(14);
        keepTogether(lineHeight(HEADING_SIZE) + 3 * lineHeight(BODY_SIZE));
        block(bold, HEADING_SIZE, ACCENT, MARGIN, WIDTH, text);
        space(3);
    }

    void paragraph(String text) {
        block(regular, BODY_SIZE, INK, MARGIN, WIDTH, text);
        space(5);
    }

    void strong(String text) {
        block(bold, BODY_SIZE, INK, MARGIN, WIDTH, text);
        space(5);
    }

    void bullet(String text) {
        keepTogether(lineHeight(BODY_SIZE));
        write(regular, BODY_SIZE, INK, MARGIN + 4, y, "•");
        block(regular, BODY_SIZE, INK, MARGIN + BULLET_INDENT, WIDTH - BULLET_INDENT, text);
        space(3);
    }

    /** A label and its value side by side; the value wraps within its own column. */
    void field(String label, String value) {
        fieldLines(label, List.of(value));
    }

    /** The first line of a listed item: its label in the label column, its title in bold beside it. */
    void itemHeading(String label, String title) {
        space(6);
        keepTogether(3 * lineHeight(BODY_SIZE));
        write(bold, BODY_SIZE, ACCENT, MARGIN, y, label);
        block(bold, BODY_SIZE, INK, MARGIN + LABEL_WIDTH, WIDTH - LABEL_WIDTH, title);
        space(2);
    }

    void rule() {
        space(4);
        try {
            stream.setStrokingColor(RULE[0], RULE[1], RULE[2]);
            stream.setLineWidth(0.6f);
            stream.moveTo(MARGIN, y);
            stream.lineTo(MARGIN + WIDTH, y);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        space(10);
    }

    void space(float points) {
        y -= points;
    }

    /** Closes the last page and stamps every page with the reference and "page n of m". */
    void finish(String reference) throws IOException {
        stream.close();
        int count = document.getNumberOfPages();
        for (int index = 0; index < count; index++) {
            PDPage page = document.getPage(index);
            try (PDPageContentStream footer = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                stream = footer;
                float baseline = BOTTOM - 28;
                write(regular, SMALL_SIZE, MUTED, MARGIN, baseline, reference);
                String pageNumber = "Page " + (index + 1) + " of " + count;
                write(regular, SMALL_SIZE, MUTED, MARGIN + WIDTH - width(regular, SMALL_SIZE, pageNumber), baseline, pageNumber);
            }
        }
    }

    void fieldLines(String label, List<String> values) {
        float valueX = MARGIN + LABEL_WIDTH;
        float valueWidth = WIDTH - LABEL_WIDTH;
        List<String> lines = new ArrayList<>();
        for (String value : values) {
            lines.addAll(wrap(regular, BODY_SIZE, valueWidth, value));
        }
        keepTogether(Math.min(lines.size(), 3) * lineHeight(BODY_SIZE));
        write(bold, BODY_SIZE, MUTED, MARGIN, y, label);
        for (String line : lines) {
            keepTogether(lineHeight(BODY_SIZE));
            write(regular, BODY_SIZE, INK, valueX, y, line);
            y -= lineHeight(BODY_SIZE);
        }
        space(2);
    }

    private void block(PDFont font, float size, float[] colour, float x, float width, String text) {
        for (String line : wrap(font, size, width, text)) {
            keepTogether(lineHeight(size));
            write(font, size, colour, x, y, line);
            y -= lineHeight(size);
        }
    }

    /** Starts a new page unless {@code height} more points fit above the footer. */
    private void keepTogether(float height) {
        if (y - height < BOTTOM) {
            try {
                stream.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            newPage();
        }
    }

    private void newPage() {
        PDPage page = new PDPage(A4);
        document.addPage(page);
        try {
            stream = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // y is the baseline of the next line; start one line below the top margin.
        y = A4.getHeight() - TOP - BODY_SIZE;
    }

    private void write(PDFont font, float size, float[] colour, float x, float baseline, String text) {
        try {
            stream.beginText();
            stream.setFont(font, size);
            stream.setNonStrokingColor(colour[0], colour[1], colour[2]);
            stream.newLineAtOffset(x, baseline);
            stream.showText(text);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float lineHeight(float size) {
        return size * LEADING;
    }

    private static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Greedy word wrap; a word wider than the column (a long account number or email) is split where it must be. */
    static List<String> wrap(PDFont font, float size, float maxWidth, String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(font, size, rest) > maxWidth) {
                int fits = longestPrefixThatFits(font, size, maxWidth, rest);
                lines.add(rest.substring(0, fits));
                rest = rest.substring(fits);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static int longestPrefixThatFits(PDFont font, float size, float maxWidth, String word) {
        int end = 1;
        while (end < word.length() && width(font, size, word.substring(0, end + 1)) <= maxWidth) {
            end++;
        }
        // Never split a surrogate pair.
        return Character.isHighSurrogate(word.charAt(end - 1)) && end < word.length() ? end + 1 : end;
    }
}
