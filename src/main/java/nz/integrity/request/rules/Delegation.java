package nz.integrity.request.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nz.integrity.request.content.RequestType;

/**
 * A delegation instrument authorising a user to approve requests (R21).
 *
 * @param validUntil last day the delegation is valid; empty when the instrument sets no end date
 */
public record Delegation(
        String instrumentRef,
        Set<RequestType> requestTypes,
        ApprovalLevel level,
        LocalDate validFrom,
        Optional<LocalDate> validUntil) {

    public Delegation {
        Objects.requireNonNull(instrumentRef, "instrumentRef");
        requestTypes = Set.copyOf(requestTypes);
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
    }

    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && validUntil.map(until -> !date.isAfter(until)).orElse(true);
    }
}
