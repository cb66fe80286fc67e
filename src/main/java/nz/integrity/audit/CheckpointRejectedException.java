package nz.integrity.audit;

/**
 * An exported checkpoint cannot be accepted. Checked, because the input typically comes from a
 * file or a person and every caller must decide what a rejection means for them.
 */
public class CheckpointRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the document was rejected. */
    public enum Reason {
        /** Not a checkpoint export of a known format. */
        MALFORMED,
        /** The embedded public key is not the key the caller trusts. */
        KEY_MISMATCH,
        /** The signature does not verify, or the key id does not belong to the embedded key. */
        SIGNATURE_INVALID
    }

    private final Reason reason;

    public CheckpointRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public CheckpointRejectedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
