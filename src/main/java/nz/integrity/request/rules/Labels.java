package nz.integrity.request.rules;

import nz.integrity.request.RequestItem;

/** Consistent wording for explanations, so stored results read the same whichever rule wrote them. */
final class Labels {

    private Labels() {
    }

    /** "item 2 (ACCOUNT_STATEMENTS)", numbered from 1 as the applicant sees them. */
    static String item(int index, RequestItem item) {
        return "item " + (index + 1) + " (" + item.category() + ")";
    }

    /** "Item 2 (ACCOUNT_STATEMENTS)", for the start of a sentence. */
    static String itemStartingSentence(int index, RequestItem item) {
        return "I" + item(index, item).substring(1);
    }

    /** Input-map key prefix for an item, numbered from 1. */
    static String key(int index) {
        return "item[" + (index + 1) + "]";
    }
}
