package nz.integrity.platform;

/**
 * What a person's or organisation's name may be made of. A name of only zero-width or other invisible characters
 * reads as blank on every page yet passes {@link String#isBlank()}; a bidirectional override makes a name display
 * as something other than what is stored (a spoofing trick), and control characters break layouts and logs.
 */
public final class Names {

    private Names() {
    }

    /** Whether the text has a visible character and no control, bidirectional-control or line-separator character. */
    public static boolean isPresentable(String name) {
        if (name == null) {
            return false;
        }
        boolean visible = false;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.SURROGATE || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                    || isBidiControl(c)) {
                return false;
            }
            if (type != Character.FORMAT && type != Character.SPACE_SEPARATOR && type != Character.NON_SPACING_MARK
                    && type != Character.ENCLOSING_MARK && !Character.isWhitespace(c) && c != 0x3164 && c != 0x115F
                    && c != 0x1160 && c != 0xFFA0 && c != 0x2800) {
                visible = true;
            }
        }
        return visible;
    }

    /** Throws {@link IllegalArgumentException} with {@code message} unless {@link #isPresentable(String)}. */
    public static String require(String name, String message) {
        if (!isPresentable(name)) {
            throw new IllegalArgumentException(message);
        }
        return name.strip();
    }

    private static boolean isBidiControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
