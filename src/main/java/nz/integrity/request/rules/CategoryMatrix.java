package nz.integrity.request.rules;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nz.integrity.request.content.InformationCategory;
import nz.integrity.party.RecipientType;

/**
 * Which information categories each recipient type may be asked for, and the longest date span a single item
 * may cover without escalation, under one Code version (R15, R11b). Loaded from the Code data, never edited in
 * code.
 */
public record CategoryMatrix(
        Map<RecipientType, Set<InformationCategory>> allowedCategories,
        Map<RecipientType, Integer> maxSpanMonths) {

    public CategoryMatrix {
        allowedCategories = allowedCategories.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> Set.copyOf(entry.getValue())));
        maxSpanMonths = Map.copyOf(maxSpanMonths);
        for (RecipientType type : RecipientType.values()) {
            // A type left out would silently allow nothing or everything; make the data say which.
            if (!allowedCategories.containsKey(type) || !maxSpanMonths.containsKey(type)) {
                throw new IllegalArgumentException("The category matrix does not cover recipient type " + type);
            }
            allowedCategories.get(type).stream()
                    .filter(InformationCategory::isCommunicationsContent)
                    .findAny()
                    .ifPresent(content -> {
                        throw new IllegalArgumentException("The category matrix allows " + content + " for " + type
                                + "; the content of communications may never be requested (R16)");
                    });
        }
    }

    public boolean allows(RecipientType type, InformationCategory category) {
        return allowedCategories.get(type).contains(category);
    }

    public Set<InformationCategory> allowedFor(RecipientType type) {
        return allowedCategories.get(type);
    }

    public int maxSpanMonths(RecipientType type) {
        return maxSpanMonths.get(type);
    }
}
