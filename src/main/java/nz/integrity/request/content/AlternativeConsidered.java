package nz.integrity.request.content;

import java.util.Objects;

/** A less intrusive route the applicant considered, and what came of it or why it is not enough (R13). */
public record AlternativeConsidered(LessIntrusiveMeans means, String outcome) {

    public AlternativeConsidered {
        Objects.requireNonNull(means, "means");
        outcome = Objects.requireNonNullElse(outcome, "");
    }
}
