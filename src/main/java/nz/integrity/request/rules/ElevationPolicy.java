package nz.integrity.request.rules;

import java.util.Set;

import nz.integrity.party.RecipientType;
import nz.integrity.request.content.RequestContent;
import nz.integrity.request.content.RequestItem;

/**
 * Decides when a request needs an elevated approver: a recipient of an elevated type or a law-enforcement
 * body (R17), or special-category information (R18). One definition, shared by R17, R18, R21 and R22, so the
 * rules cannot disagree about what "elevated" means.
 *
 * @param specialCategoryPhrases wording that marks an item as special-category even under an ordinary category,
 *                               e.g. "birthing records" described under SPECIFIED_RECORD_TYPE
 */
public record ElevationPolicy(Set<RecipientType> elevatedRecipientTypes, PhraseList specialCategoryPhrases) {

    public ElevationPolicy {
        elevatedRecipientTypes = Set.copyOf(elevatedRecipientTypes);
    }

    public boolean isElevatedRecipient(RequestContent content) {
        return content.recipient()
                .filter(recipient -> recipient.lawEnforcement() || elevatedRecipientTypes.contains(recipient.type()))
                .isPresent();
    }

    public boolean isSpecialCategory(RequestItem item) {
        return item.category().isSpecialCategory() || !specialCategoryPhrases.foundIn(item.description()).isEmpty();
    }

    public ApprovalLevel requiredApprovalLevel(RequestContent content) {
        boolean elevated = isElevatedRecipient(content) || content.items().stream().anyMatch(this::isSpecialCategory);
        return elevated ? ApprovalLevel.ELEVATED : ApprovalLevel.STANDARD;
    }
}
