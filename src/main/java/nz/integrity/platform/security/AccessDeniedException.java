package nz.integrity.platform.security;

/** The caller may not do this; REST answers 403, the UI shows the message. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
