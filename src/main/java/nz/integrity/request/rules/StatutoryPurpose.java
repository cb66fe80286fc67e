package nz.integrity.request.rules;

import java.util.Objects;

import nz.integrity.request.content.PurposeCode;

/** A Schedule 6 clause 3 purpose as worded in one Code version's data (R01). */
public record StatutoryPurpose(PurposeCode code, String description) {

    public StatutoryPurpose {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
    }
}
