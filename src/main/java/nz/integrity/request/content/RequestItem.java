package nz.integrity.request.content;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing asked for: a category from the closed vocabulary, a description narrowing it to the specific need,
 * and a date range. The range is optional only so that an unfinished draft can still be evaluated and told
 * what is missing (R11a).
 */
public record RequestItem(
        InformationCategory category,
        String description,
        Optional<DateRange> range,
        ClientFirstBasis clientFirst) {

    public RequestItem {
        Objects.requireNonNull(category, "category");
        description = Objects.requireNonNullElse(description, "");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(clientFirst, "clientFirst");
    }
}
