package nz.integrity.request.notice;

import java.util.List;

import nz.integrity.platform.ValidationException;
import nz.integrity.request.content.Text;

/**
 * The only way text supplied by a caller reaches a notice or letter. Each value fills one named field, so it
 * must look like that field: no hidden characters that could make the printed text differ from the stored
 * text (bidirectional overrides, zero-width characters), and no length that would turn a field into a letter
 * of its own.
 */
final class FieldText {

    private FieldText() {
    }

    /** A name, reference or address line: one line. */
    static String line(String field, String value, int maxLength) {
        if (value != null && (value.contains("\n") || value.contains("\r"))) {
            throw new ValidationException(field, field + " must be a single line.");
        }
        return paragraph(field, value, maxLength);
    }

    /** A description or statement: one paragraph; line breaks are layout and are collapsed. */
    static String paragraph(String field, String value, int maxLength) {
        String text = Text.normalise(value);
        if (text.isEmpty()) {
            throw new ValidationException(field, field + " is required.");
        }
        if (text.length() > maxLength) {
            throw new ValidationException(field, field + " is longer than " + maxLength + " characters; a notice "
                    + "states each field briefly and adds nothing outside its fields.");
        }
        text.codePoints().filter(FieldText::isHidden).findFirst().ifPresent(codePoint -> {
            throw new ValidationException(field, field + " contains a character that would not print as written (U+"
                    + String.format("%04X", codePoint) + ").");
        });
        return text;
    }

    static List<String> lines(String field, List<String> values, int maxLines, int maxLength) {
        if (values.isEmpty() || values.size() > maxLines) {
            throw new ValidationException(field, field + " needs between 1 and " + maxLines + " lines.");
        }
        return values.stream().map(value -> line(field, value, maxLength)).toList();
    }

    private static boolean isHidden(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED -> true;
            default -> false;
        };
    }
}
