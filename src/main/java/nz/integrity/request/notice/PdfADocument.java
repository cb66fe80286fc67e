package nz.integrity.request.notice;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import javax.xml.transform.TransformerException;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * A PDF/A-2b document under construction: embedded Liberation Sans, an sRGB output intent, XMP metadata that
 * matches the document information, and no encryption, JavaScript or transparency. Callers lay out pages with
 * {@link #pages()} and get the bytes from {@link #save}.
 */
final class PdfADocument implements Closeable {

    static final int PDFA_PART = 2;
    static final String PDFA_CONFORMANCE = "B";

    private static final String CREATOR = "Integrity Case Manager";
    private static final String PRODUCER = "Apache PDFBox";
    private static final String SRGB = "sRGB IEC61966-2.1";

    private final PDDocument document = new PDDocument();
    private final PageFlow pages;

    PdfADocument() {
        // PDF/A-2 is based on PDF 1.7 (ISO 32000-1).
        document.setVersion(1.7f);
        pages = new PageFlow(document, font("LiberationSans-Regular.ttf"), font("LiberationSans-Bold.ttf"));
    }

    PageFlow pages() {
        return pages;
    }

    byte[] save(DocumentIdentity identity) {
        try {
            pages.finish(identity.reference());
            describe(identity);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            // Object streams are not needed and keep the file readable by older PDF/A tools.
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the PDF for " + identity.reference(), e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void describe(DocumentIdentity identity) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(identity.title());
        info.setCreator(CREATOR);
        info.setProducer(PRODUCER);
        info.setCreationDate(identity.created());
        info.setModificationDate(identity.created());

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage("en-NZ");
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        catalog.setMetadata(xmp(identity));
        try (InputStream profile = resource("icc/sRGB.icc")) {
            PDOutputIntent intent = new PDOutputIntent(document, profile);
            intent.setInfo(SRGB);
            intent.setOutputCondition(SRGB);
            intent.setOutputConditionIdentifier(SRGB);
            intent.setRegistryName("http://www.color.org");
            catalog.addOutputIntent(intent);
        }

        byte[] id = identity.fileIdentifier();
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().setDocumentID(ids);
    }

    /** PDF/A requires the XMP packet to repeat the document information exactly. */
    private PDMetadata xmp(DocumentIdentity identity) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dublinCore = xmp.createAndAddDublinCoreSchema();
        dublinCore.setTitle(identity.title());
        dublinCore.setFormat("application/pdf");
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(CREATOR);
        basic.setCreateDate(identity.created());
        basic.setModifyDate(identity.created());
        AdobePDFSchema adobe = xmp.createAndAddAdobePDFSchema();
        adobe.setProducer(PRODUCER);
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        pdfa.setPart(PDFA_PART);
        try {
            pdfa.setConformance(PDFA_CONFORMANCE);
        } catch (BadFieldValueException e) {
            throw new IllegalStateException("PDF/A conformance level " + PDFA_CONFORMANCE + " is valid", e);
        }
        ByteArrayOutputStream packet = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, packet, true);
        } catch (TransformerException e) {
            throw new IOException("Could not serialise the XMP metadata", e);
        }
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(packet.toByteArray());
        return metadata;
    }

    private PDType0Font font(String file) {
        try (InputStream in = resource("fonts/" + file)) {
            // Subset embedding: PDF/A needs every glyph used embedded, not the whole 400 KB font.
            return PDType0Font.load(document, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the notice font " + file, e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = PdfADocument.class.getClassLoader().getResourceAsStream("notice/" + name);
        if (in == null) {
            throw new IOException("Missing classpath resource notice/" + name);
        }
        return in;
    }
}
