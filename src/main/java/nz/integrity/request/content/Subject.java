package nz.integrity.request.content;

import nz.integrity.investigation.SubjectRole;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A person whose information the request seeks.
 *
 * @param ownJustification why this particular person's information is needed; required for a partner or other
 *                         person, because being the client's partner is not a reason in itself (R14a)
 * @param askedFirstRef    reference of the client request by which this person was themselves asked first;
 *                         blank when they were not (R14b). The client's own first step is recorded per item.
 */
public record Subject(
        String personId,
        SubjectRole role,
        String name,
        Optional<LocalDate> dateOfBirth,
        String ownJustification,
        String askedFirstRef) {

    public Subject {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        ownJustification = Objects.requireNonNullElse(ownJustification, "");
        askedFirstRef = Objects.requireNonNullElse(askedFirstRef, "");
    }
}
