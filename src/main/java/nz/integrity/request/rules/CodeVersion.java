package nz.integrity.request.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A version of the Code of Conduct under Schedule 6 clause 2, and the dates it is in force.
 *
 * @param effectiveUntil last day in force; empty while it is the current Code
 */
public record CodeVersion(String id, String title, LocalDate effectiveFrom, Optional<LocalDate> effectiveUntil) {

    public CodeVersion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(effectiveUntil, "effectiveUntil");
        if (effectiveUntil.filter(until -> until.isBefore(effectiveFrom)).isPresent()) {
            throw new IllegalArgumentException("Code version " + id + " ends before it starts");
        }
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && effectiveUntil.map(until -> !date.isAfter(until)).orElse(true);
    }

    public boolean overlaps(CodeVersion other) {
        return inForceOn(other.effectiveFrom) || other.inForceOn(effectiveFrom);
    }
}
