package nz.integrity.request.notice;

import nz.integrity.platform.time.NewZealandTime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Objects;

/**
 * What makes a rendered document the same document every time: its title, the reference it is filed under
 * and the date it is given. The PDF creation date and file identifier are derived from these instead of the
 * clock, so rendering the same notice twice yields identical bytes and the stored hash can be reproduced.
 */
record DocumentIdentity(String kind, String title, String reference, LocalDate dated) {

    private static final ZoneId NEW_ZEALAND = NewZealandTime.ZONE;

    DocumentIdentity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(dated, "dated");
    }

    /** Midnight New Zealand time on the date given; the date is what the law counts from, not the time of day. */
    Calendar created() {
        return GregorianCalendar.from(dated.atStartOfDay(NEW_ZEALAND));
    }

    /** The PDF trailer /ID: 16 bytes of SHA-256 over kind, reference and date. */
    byte[] fileIdentifier() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((kind + "\n" + reference + "\n" + dated).getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }
}
