package nz.integrity.request.notice;

/** Where the addressee can ask about the document: a team's phone number and email, not a personal one. */
public record Contact(String phone, String email) {

    public Contact {
        phone = FieldText.line("Contact phone", phone, 40);
        email = FieldText.line("Contact email", email, 120);
    }
}
