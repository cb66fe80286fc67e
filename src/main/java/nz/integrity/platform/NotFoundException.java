package nz.integrity.platform;

/** The object does not exist, or the caller may not know that it exists: both answer the same. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
