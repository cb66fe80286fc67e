package nz.integrity.request.rules;

import java.util.Objects;

import nz.integrity.request.content.DateRange;
import nz.integrity.request.content.InformationCategory;

/**
 * Information the case already holds or has already asked for (from the client, an earlier notice or a
 * matching programme), used to warn about asking twice (R31).
 *
 * @param source where it came from, in words an approver understands, e.g. "client request CR-7"
 */
public record HeldInformation(InformationCategory category, DateRange range, String source) {

    public HeldInformation {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(source, "source");
    }
}
