package nz.integrity.platform.calendar;

/**
 * Why a day is not a working day, in terms a caseworker can check against the statute.
 *
 * <p>The descriptions are English UI text; they are kept here, next to the rule, so that an
 * explanation can never drift from what the calendar actually excluded.
 */
public enum NonWorkingDayReason {
    SATURDAY("Saturday"),
    SUNDAY("Sunday"),
    WAITANGI_DAY("Waitangi Day"),
    WAITANGI_DAY_OBSERVED("Monday after Waitangi Day (Waitangi Day fell on a weekend)"),
    GOOD_FRIDAY("Good Friday"),
    EASTER_MONDAY("Easter Monday"),
    ANZAC_DAY("Anzac Day"),
    ANZAC_DAY_OBSERVED("Monday after Anzac Day (Anzac Day fell on a weekend)"),
    SOVEREIGNS_BIRTHDAY("Sovereign's birthday (King's Birthday)"),
    MATARIKI("Te Rā Aro ki a Matariki/Matariki Observance Day"),
    LABOUR_DAY("Labour Day"),
    CHRISTMAS_NEW_YEAR_PERIOD("Christmas–New Year period (25 December to 2 January)"),
    NEW_YEAR_CARRY_OVER("New Year carry-over day (1 January fell on a Friday, Saturday or Sunday)"),
    QUEEN_ELIZABETH_II_MEMORIAL_DAY("Queen Elizabeth II Memorial Day (one-off, 26 September 2022)");

    private final String description;

    NonWorkingDayReason(String description) {
        this.description = description;
    }

    /** Human-readable explanation, suitable for showing next to a computed due date. */
    public String description() {
        return description;
    }
}
