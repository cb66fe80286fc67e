package nz.integrity.request.content;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a notice is given and when it must be complied with. Not part of the approved content: the due date is
 * set from the actual issue date, so moving it does not void an approval, but R02 re-checks it at issue.
 *
 * @param givenOn the date the notice is (or, before issue, is planned to be) given; working out a deemed date
 *                of giving for post or email is left to the caller
 */
public record NoticeTerms(LocalDate givenOn, LocalDate dueOn, String mannerOfCompliance) {

    public NoticeTerms {
        Objects.requireNonNull(givenOn, "givenOn");
        Objects.requireNonNull(dueOn, "dueOn");
        mannerOfCompliance = Objects.requireNonNullElse(mannerOfCompliance, "");
    }
}
