package nz.integrity.request.rules;

/** The authority an approver's delegation carries. ELEVATED covers STANDARD as well. */
public enum ApprovalLevel {
    STANDARD,
    /** Telco and Police requests (R17) and special-category information (R18). */
    ELEVATED;

    public boolean covers(ApprovalLevel required) {
        return compareTo(required) >= 0;
    }
}
