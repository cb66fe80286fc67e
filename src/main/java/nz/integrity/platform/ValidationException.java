package nz.integrity.platform;

import java.util.Map;

/** Bad input, named by field so forms and REST clients can point at it. Nothing has been changed. */
public class ValidationException extends RuntimeException {

    private final transient Map<String, String> fieldMessages;

    public ValidationException(String field, String message) {
        this(Map.of(field, message));
    }

    public ValidationException(Map<String, String> fieldMessages) {
        super(String.join(" ", fieldMessages.values()));
        this.fieldMessages = Map.copyOf(fieldMessages);
    }

    public Map<String, String> fieldMessages() {
        return fieldMessages;
    }
}
