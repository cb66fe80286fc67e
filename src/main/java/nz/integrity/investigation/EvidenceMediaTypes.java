package nz.integrity.investigation;

import nz.integrity.platform.ValidationException;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

import java.util.Locale;
import java.util.Set;

/**
 * What an evidence file is, decided from its bytes (and its name, only to tell apart formats that share a
 * container, such as .docx inside a zip), never from the type a client claims: a claimed type was once stored
 * as {@code "not a type"} with CR/LF in it and broke every download. Only a closed list of document and image
 * types is kept; a claimed type must agree with what the bytes are.
 */
public final class EvidenceMediaTypes {

    /** Documents and images that evidence arrives as; executables, archives and markup are not evidence files. */
    static final Set<String> ALLOWED = Set.of(
            "application/pdf",
            "image/png",
            "image/jpeg",
            "image/tiff",
            "text/plain",
            "text/csv",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "message/rfc822");

    private static final String UNKNOWN = "application/octet-stream";

    private static final Tika TIKA = new Tika();

    private static final MediaTypeRegistry REGISTRY = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

    private EvidenceMediaTypes() {
    }

    /**
     * The type to store for the file: detected, on the allow-list, and agreeing with the claimed type when one
     * is given (a claimed {@code text/plain} agrees with a detected {@code text/csv}, which specialises it).
     */
    public static String detect(byte[] content, String fileName, String claimed) {
        MediaType detected = MediaType.parse(TIKA.detect(content, fileName));
        String type = detected == null ? UNKNOWN : detected.getBaseType().toString();
        if (!ALLOWED.contains(type)) {
            throw new ValidationException("mediaType", "Files of this kind are not accepted as evidence; use PDF, an "
                    + "image (PNG, JPEG, TIFF), plain text or CSV, a Word or Excel document, or an e-mail message.");
        }
        if (claimed != null && !claimed.isBlank() && !agrees(claimed, detected)) {
            throw new ValidationException("mediaType", "The file's content is " + type + ", not what was declared.");
        }
        return type;
    }

    private static boolean agrees(String claimed, MediaType detected) {
        if (claimed.length() > 255 || claimed.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
            return false;
        }
        MediaType declared = MediaType.parse(claimed.strip().toLowerCase(Locale.ROOT));
        if (declared == null) {
            return false;
        }
        MediaType base = declared.getBaseType();
        return base.toString().equals(UNKNOWN) || base.equals(detected.getBaseType())
                || REGISTRY.isSpecializationOf(detected.getBaseType(), base);
    }

    /**
     * The type to serve a stored file as. Files stored before detection existed may carry any text; those are
     * served as plain bytes rather than failing the download.
     */
    public static String servable(String stored) {
        if (stored == null || stored.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            return UNKNOWN;
        }
        MediaType type = MediaType.parse(stored);
        return type == null || !ALLOWED.contains(type.getBaseType().toString()) ? UNKNOWN : type.getBaseType().toString();
    }
}
