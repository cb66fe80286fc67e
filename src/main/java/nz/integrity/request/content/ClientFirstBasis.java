package nz.integrity.request.content;

import nz.integrity.platform.time.DateBounds;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Why a third party may be asked for an item: either the client was asked for it first, or a case-specific
 * determination says asking them would prejudice the maintenance of the law (R06 to R08).
 */
public sealed interface ClientFirstBasis {

    static ClientFirstBasis notRecorded() {
        return new NotRecorded();
    }

    /** Nothing recorded yet; a third-party notice cannot rely on this (R06). */
    record NotRecorded() implements ClientFirstBasis {
    }

    /**
     * The client was asked for this item by an earlier client request. The asked category and range are copied
     * from that request so the rules can check it was the <em>same</em> information.
     */
    record ClientAsked(
            String clientRequestRef,
            InformationCategory askedCategory,
            DateRange askedRange,
            LocalDate askedOn,
            LocalDate responseDueOn,
            ClientResponse response) implements ClientFirstBasis {

        public ClientAsked {
            Objects.requireNonNull(clientRequestRef, "clientRequestRef");
            Objects.requireNonNull(askedCategory, "askedCategory");
            Objects.requireNonNull(askedRange, "askedRange");
            Objects.requireNonNull(askedOn, "askedOn");
            Objects.requireNonNull(responseDueOn, "responseDueOn");
            DateBounds.require(askedOn, "The date the client was asked");
            DateBounds.require(responseDueOn, "The date the client's answer was due");
            Objects.requireNonNull(response, "response");
        }
    }

    /**
     * A case-specific determination that asking the client first would prejudice the maintenance of the law.
     * The approver must confirm it (R07); without facts it is a blanket exception and does not count (R06).
     */
    record PrejudiceException(
            Set<PrejudiceGround> grounds,
            String facts,
            String harmExpected,
            String whyAlternativesFail) implements ClientFirstBasis {

        public PrejudiceException {
            grounds = Set.copyOf(grounds);
            facts = Objects.requireNonNullElse(facts, "");
            harmExpected = Objects.requireNonNullElse(harmExpected, "");
            whyAlternativesFail = Objects.requireNonNullElse(whyAlternativesFail, "");
        }
    }
}
