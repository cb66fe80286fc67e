package nz.integrity.request.rules;

import java.util.Objects;
import java.util.Optional;

import nz.integrity.party.RecipientType;
import nz.integrity.request.content.RequestStatus;
import nz.integrity.request.content.RequestType;

/** Another request on the same case, for the whole-case volume check (R30). */
public record CaseRequestSummary(
        String reference,
        RequestType type,
        Optional<RecipientType> recipientType,
        Optional<String> recipientRegistryId,
        RequestStatus status) {

    public CaseRequestSummary {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(recipientType, "recipientType");
        Objects.requireNonNull(recipientRegistryId, "recipientRegistryId");
        Objects.requireNonNull(status, "status");
    }

    /** Rejected and withdrawn requests never reached anyone; everything else is planned or actual intrusion. */
    public boolean countsTowardsCaseVolume() {
        return status != RequestStatus.REJECTED && status != RequestStatus.WITHDRAWN;
    }
}
