package nz.integrity.request.notice;

import nz.integrity.platform.ValidationException;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Tells the addressee of an issued notice or client request that it is cancelled (R36): nothing more is to be
 * sent, and anything already sent is dealt with. It carries no reason: why an investigation no longer needs the
 * information is the client's business, not the bank's.
 *
 * @param thirdPartyNotice whether the cancelled document was a statutory notice (otherwise a letter to the client)
 * @param originallyGivenOn the date the cancelled document was given
 */
public record CancellationLetter(Letterhead letterhead, Addressee addressee, boolean thirdPartyNotice,
                                 LocalDate originallyGivenOn, LocalDate cancelledOn) {

    static final String ALREADY_SENT = "If you have already sent us information in reply, please tell us, quoting our "
            + "reference. We will record what we received and return or destroy anything we no longer need.";

    public CancellationLetter {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(originallyGivenOn, "originallyGivenOn");
        Objects.requireNonNull(cancelledOn, "cancelledOn");
        if (cancelledOn.isBefore(originallyGivenOn)) {
            throw new ValidationException("cancelledOn", "A cancellation cannot be dated before the notice it cancels.");
        }
    }
}
