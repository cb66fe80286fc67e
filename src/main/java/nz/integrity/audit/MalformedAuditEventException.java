package nz.integrity.audit;

/**
 * A stored row cannot even be represented as an {@link AuditEvent} (e.g. seq 0, a hash that is
 * not hex). {@link ChainVerifier} reports it as a break instead of failing, because a row edited
 * into an invalid shape is tampering evidence like any other.
 */
public class MalformedAuditEventException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final long seq;

    public MalformedAuditEventException(long seq, String message) {
        super("audit event seq " + seq + ": " + message);
        this.seq = seq;
    }

    /** The seq value as read from the row; may itself be the malformed part. */
    public long seq() {
        return seq;
    }
}
