package nz.integrity.request.notice;

import java.util.Objects;

import nz.integrity.platform.ValidationException;
import nz.integrity.request.content.DateRange;
import nz.integrity.request.content.InformationCategory;
import nz.integrity.request.content.RequestItem;

/** One thing a document asks for, as approved: the category's fixed wording, the narrowing description, the dates. */
public record NoticeItem(InformationCategory category, String description, DateRange range) {

    public NoticeItem {
        Objects.requireNonNull(category, "category");
        description = FieldText.paragraph("Item description", description, 500);
        Objects.requireNonNull(range, "range");
    }

    /** An item without a date range cannot be sent: the recipient would have to decide how far back to go (R11a). */
    static NoticeItem from(RequestItem item) {
        DateRange range = item.range().orElseThrow(() -> new ValidationException("Item date range",
                "Item '" + item.description() + "' has no date range, so it cannot be put in a notice (R11a)."));
        return new NoticeItem(item.category(), item.description(), range);
    }

    public String categoryWording() {
        return category.description();
    }
}
