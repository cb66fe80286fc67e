package nz.integrity.request.notice;

/**
 * The officer a document is issued by. Name and role only: the recipient needs to know who is accountable,
 * not the officer's personal details, and replies go to the {@link Contact}.
 */
public record IssuingOfficer(String name, String role) {

    public IssuingOfficer {
        name = FieldText.line("Issuing officer name", name, 120);
        role = FieldText.line("Issuing officer role", role, 120);
    }
}
