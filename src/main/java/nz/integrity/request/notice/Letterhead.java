package nz.integrity.request.notice;

import java.util.Objects;

/** What every document about a request carries: its references, who issues it and whom to contact. */
public record Letterhead(String requestReference, String caseReference, IssuingOfficer officer, Contact contact) {

    public Letterhead {
        requestReference = FieldText.line("Request reference", requestReference, 40);
        caseReference = FieldText.line("Case reference", caseReference, 40);
        Objects.requireNonNull(officer, "officer");
        Objects.requireNonNull(contact, "contact");
    }
}
