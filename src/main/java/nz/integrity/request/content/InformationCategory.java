package nz.integrity.request.content;

/**
 * The closed vocabulary of what a request may ask for. There is deliberately no "all information" or
 * "all records" category (R10). Which categories each recipient type may be asked for is policy and lives in
 * the versioned category matrix; what a category <em>is</em> (communications content, special-category
 * information, information about a child) is a property of the information itself and lives here.
 */
public enum InformationCategory {
    ACCOUNT_HOLDER_DETAILS("Account holder, signatory or subscriber details for specified accounts"),
    ACCOUNT_STATEMENTS("Statements and transactions for specified accounts within the date range"),
    SPECIFIED_TRANSACTIONS("Details of specific, identified transactions"),
    EMPLOYMENT_DATES("Start and end dates of employment"),
    HOURS_WORKED("Hours worked per pay period"),
    GROSS_EARNINGS("Gross earnings per pay period"),
    TENANCY_AGREEMENT("Tenancy agreement"),
    NAMED_OCCUPANTS("Occupants named on the tenancy"),
    RENT_PAYMENTS("Rent charged and rent payments"),
    SUPPLY_ADDRESS("Supply address for the account"),
    ACCOUNT_OPEN_CLOSE_DATES("Dates the account was opened and closed"),
    CALL_AND_SMS_METADATA("Call and text-message records: numbers, dates, times and durations, never content"),
    /** Exists so that a request for it can be named and refused (R16); no Code version may allow it. */
    COMMUNICATIONS_CONTENT("Content of text messages, calls, photos or other communications", Nature.COMMUNICATIONS_CONTENT),
    SPECIFIED_RECORD_TYPE("One record type, named in the item description"),
    HEALTH_OR_MATERNITY_RECORDS("Health, maternity or birthing records", Nature.SPECIAL_CATEGORY),
    FAMILY_VIOLENCE_RECORDS("Family-violence records", Nature.SPECIAL_CATEGORY),
    SCHOOL_ENROLMENT("School enrolment dates and address of record", Nature.ABOUT_A_CHILD),
    CAREGIVER_OF_RECORD("Caregiver recorded by the school", Nature.ABOUT_A_CHILD);

    private enum Nature { ORDINARY, COMMUNICATIONS_CONTENT, SPECIAL_CATEGORY, ABOUT_A_CHILD }

    private final String description;
    private final Nature nature;

    InformationCategory(String description) {
        this(description, Nature.ORDINARY);
    }

    InformationCategory(String description, Nature nature) {
        this.description = description;
        this.nature = nature;
    }

    public String description() {
        return description;
    }

    public boolean isCommunicationsContent() {
        return nature == Nature.COMMUNICATIONS_CONTENT;
    }

    public boolean isSpecialCategory() {
        return nature == Nature.SPECIAL_CATEGORY;
    }

    public boolean isAboutAChild() {
        return nature == Nature.ABOUT_A_CHILD;
    }
}
