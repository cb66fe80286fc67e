package nz.integrity.investigation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nz.integrity.platform.ValidationException;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** The bytes of an evidence file, apart from its register entry so that lists never load them. */
@Entity
@Table(name = "evidence_content")
public class EvidenceContent {

    private static final Pattern SAFE_NAME = Pattern.compile("[\\p{L}\\p{N} ._()-]{1,255}");

    @Id
    @Column(name = "evidence_id")
    private Long evidenceId;

    @Column(nullable = false)
    private byte[] content;

    protected EvidenceContent() {
        // for JPA
    }

    private EvidenceContent(Long evidenceId, byte[] content) {
        this.evidenceId = evidenceId;
        this.content = content.clone();
    }

    /** Stores a file for an evidence item, recording its name, type, size and SHA-256 on the item. */
    public static EvidenceContent attach(EvidenceItem item, String fileName, String mediaType, byte[] bytes, long maxBytes) {
        if (bytes == null || bytes.length == 0) {
            throw new ValidationException("file", "The file is empty.");
        }
        if (bytes.length > maxBytes) {
            throw new ValidationException("file", "The file is larger than the limit of " + (maxBytes / (1024 * 1024)) + " MB.");
        }
        if (fileName == null || !SAFE_NAME.matcher(fileName).matches() || fileName.strip().startsWith(".")) {
            throw new ValidationException("fileName",
                    "Use a file name of letters, digits, spaces and . _ ( ) - only, not starting with a dot.");
        }
        item.describeFile(fileName, EvidenceMediaTypes.detect(bytes, fileName, mediaType), bytes.length, sha256(bytes));
        return new EvidenceContent(item.id(), bytes);
    }

    /**
     * The kept bytes, only if they still match the hash recorded when they were kept: a download is audited as
     * delivered after this check, so a missing or altered file is never recorded as a successful download.
     */
    public static byte[] verified(byte[] bytes, String recordedSha256) {
        if (bytes == null || !sha256(bytes).equals(recordedSha256)) {
            throw new IllegalStateException("A kept file no longer matches its recorded SHA-256");
        }
        return bytes;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    public byte[] content() {
        return content.clone();
    }
}
