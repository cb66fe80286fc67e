package nz.integrity.review;

import java.util.Collection;
import java.util.regex.Pattern;

/** Removes what a de-identified view must not show from free text: numbers that identify, and known names. */
public final class Redaction {

    /** Runs of digits with separators, long enough to be an account, client or phone number. */
    private static final Pattern IDENTIFYING_NUMBER = Pattern.compile("\\d[\\d\\s-]{4,}\\d");

    private Redaction() {
    }

    public static String redact(String text, Collection<String> names) {
        if (text == null) {
            return null;
        }
        String redacted = IDENTIFYING_NUMBER.matcher(text).replaceAll("[number removed]");
        for (String name : names) {
            for (String part : name.split("\\s+")) {
                if (part.length() >= 3) {
                    redacted = redacted.replaceAll("(?i)\\b" + Pattern.quote(part) + "\\b", "[name removed]");
                }
            }
        }
        return redacted;
    }
}
