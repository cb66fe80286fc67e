package nz.integrity.request.notice;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the recipient must leave out. A closed list with fixed wording rather than free text, because an
 * exclusion is part of the notice template (R16): an item description never mentions content, even to exclude it.
 */
public enum Exclusion {
    COMMUNICATIONS_CONTENT("The content of any message, call, email, photo or other communication."),
    OUTSIDE_DATE_RANGE("Anything dated outside the date range given for each item."),
    OTHER_PEOPLE("Information about anyone not named in this notice, except where it appears within a document we ask for."),
    HEALTH_INFORMATION("Health, maternity or counselling information, unless an item asks for it by name.");

    /** Every notice carries these, whatever the request says: they are the R16 and R11 limits in the recipient's words. */
    public static final Set<Exclusion> ALWAYS = Set.copyOf(EnumSet.of(COMMUNICATIONS_CONTENT, OUTSIDE_DATE_RANGE));

    private final String wording;

    Exclusion(String wording) {
        this.wording = wording;
    }

    public String wording() {
        return wording;
    }
}
