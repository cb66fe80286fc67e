package nz.integrity.request.content;

import java.text.Normalizer;

/**
 * Free-text normalisation shared by the content hash and the rules, so that a statement's "length" and its
 * hashed form ignore layout (line breaks, repeated spaces) and Unicode composition (macrons typed either way).
 */
public final class Text {

    private Text() {
    }

    /** NFC, trimmed, every run of whitespace collapsed to one space; {@code null} becomes empty. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    public static boolean isBlank(String text) {
        return normalise(text).isEmpty();
    }

    /** Whether a statement says at least {@code minimumCharacters} once layout is ignored. */
    public static boolean hasAtLeast(String text, int minimumCharacters) {
        return normalise(text).length() >= minimumCharacters;
    }
}
