package nz.integrity.staff;

import nz.integrity.platform.ValidationException;

/** Decisions in this product always carry a reason a reviewer can read later. */
final class Reasons {

    static final int MAX_LENGTH = 2000;

    private Reasons() {
    }

    static void require(String reason) {
        if (reason == null || reason.strip().length() < 5) {
            throw new ValidationException("reason", "Give a reason of at least 5 characters.");
        }
        if (reason.length() > MAX_LENGTH) {
            throw new ValidationException("reason", "A reason can have at most " + MAX_LENGTH + " characters.");
        }
    }
}
