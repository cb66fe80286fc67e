package nz.integrity.request.rules;

import nz.integrity.request.content.RequestItem;

import java.util.Locale;

/** Consistent wording for explanations, so stored results read the same whichever rule wrote them. */
final class Labels {

    private Labels() {
    }

    /** "item 2 (account statements)", numbered from 1 as the applicant sees them; people never read the constant. */
    static String item(int index, RequestItem item) {
        return "item " + (index + 1) + " (" + item.category().name().toLowerCase(Locale.ENGLISH).replace('_', ' ') + ")";
    }

    /** "Item 2 (account statements)", for the start of a sentence. */
    static String itemStartingSentence(int index, RequestItem item) {
        return "I" + item(index, item).substring(1);
    }

    /** Input-map key prefix for an item, numbered from 1. */
    static String key(int index) {
        return "item[" + (index + 1) + "]";
    }
}
