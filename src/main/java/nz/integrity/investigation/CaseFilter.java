package nz.integrity.investigation;

/** What the case list can be narrowed by; null means "any". */
public record CaseFilter(CaseStatus status, AllegationType allegationType, String teamCode, String assignee,
                         String reference, String clientNumber, boolean mineOnly) {

    public static CaseFilter none() {
        return new CaseFilter(null, null, null, null, null, null, false);
    }

    public CaseFilter {
        teamCode = blankToNull(teamCode);
        assignee = blankToNull(assignee);
        reference = blankToNull(reference);
        clientNumber = clientNumber == null ? null : blankToNull(clientNumber.replaceAll("[\\s-]", ""));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
