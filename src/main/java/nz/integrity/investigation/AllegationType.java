package nz.integrity.investigation;

/** The broad allegation a case investigates; the two common ones are named (domain S13). */
public enum AllegationType {
    UNDECLARED_INCOME,
    RELATIONSHIP,
    OVERSEAS_TRAVEL,
    IDENTITY,
    OTHER
}
