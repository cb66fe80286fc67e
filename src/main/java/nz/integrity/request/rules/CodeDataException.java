package nz.integrity.request.rules;

/** Code data that cannot be turned into a rule set: missing, unknown or malformed keys. */
public final class CodeDataException extends RuntimeException {

    public CodeDataException(String message) {
        super(message);
    }

    public CodeDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
