package nz.integrity.request.notice;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import nz.integrity.request.content.Subject;

/**
 * A person the information is about, identified just enough for the recipient to find the right records:
 * name and, where held, date of birth. Never the role in the investigation, which the recipient has no need to know.
 */
public record PersonConcerned(String name, Optional<LocalDate> dateOfBirth) {

    public PersonConcerned {
        name = FieldText.line("Person's name", name, 200);
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    }

    static PersonConcerned from(Subject subject) {
        return new PersonConcerned(subject.name(), subject.dateOfBirth());
    }
}
