package nz.integrity.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Field formats shared by events and checkpoints, kept in one place because they are part of the hashed bytes. */
final class AuditFormats {

    static final String GENESIS_HASH = "0".repeat(64);

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    /** Fixed width (always six fraction digits) so one instant has exactly one spelling. */
    private static final DateTimeFormatter UTC_MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private AuditFormats() {
    }

    static String formatInstant(Instant instant) {
        return UTC_MICROS.format(instant);
    }

    static Instant requireMicrosecondInstant(String field, Instant value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (!value.truncatedTo(ChronoUnit.MICROS).equals(value)) {
            // The database keeps microseconds; a finer instant would hash differently after a round trip.
            throw new IllegalArgumentException(field + " must be truncated to microseconds: " + value);
        }
        if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
            throw new IllegalArgumentException(field + " must lie in years 0001-9999: " + value);
        }
        return value;
    }

    static String requireSha256Hex(String field, String value) {
        if (value == null || !SHA256_HEX.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be 64 lower-case hex characters: " + value);
        }
        return value;
    }

    /** Required text column: present, not blank, and storable unchanged in a PostgreSQL text column. */
    static String requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required and must not be blank");
        }
        return requireStorable(field, value);
    }

    /**
     * Nullable text column. Empty strings are refused because some databases (Oracle) store them as
     * NULL, and the changed value would then no longer match the hash.
     */
    static String optionalText(String field, String value) {
        if (value == null) {
            return null;
        }
        if (value.isEmpty()) {
            throw new IllegalArgumentException(field + " must be null or non-empty");
        }
        return requireStorable(field, value);
    }

    /**
     * PostgreSQL refuses U+0000 in text and the JDBC driver turns a lone surrogate into '?'. Either
     * would lose the event or make an honest row fail verification, so both are refused here.
     * Other control characters are fine: the hashed form escapes them.
     */
    private static String requireStorable(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                throw new IllegalArgumentException(field + " contains U+0000");
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(field + " contains an unpaired surrogate at index " + i);
            }
        }
        return value;
    }

    static String sha256Hex(byte[]... parts) {
        MessageDigest digest = SHA256.get();
        digest.reset();
        for (byte[] part : parts) {
            digest.update(part);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    // One digest per thread: getInstance looks up providers on every call, which shows when hashing millions of rows.
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(AuditFormats::sha256);

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
