package nz.integrity.platform;

/** Decisions in this product always carry a reason a reviewer can read later. */
public final class Reasons {

    public static final int MIN_LENGTH = 5;
    public static final int MAX_LENGTH = 2000;

    private Reasons() {
    }

    /** The reason, trimmed; a missing, token or oversized reason is a validation error on the field "reason". */
    public static String require(String reason) {
        if (reason == null || reason.strip().length() < MIN_LENGTH) {
            throw new ValidationException("reason", "Give a reason of at least " + MIN_LENGTH + " characters.");
        }
        if (reason.length() > MAX_LENGTH) {
            throw new ValidationException("reason", "A reason can have at most " + MAX_LENGTH + " characters.");
        }
        return reason.strip();
    }
}
