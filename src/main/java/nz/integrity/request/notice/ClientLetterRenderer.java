package nz.integrity.request.notice;

import nz.integrity.request.rules.StatutoryPurpose;

/** Renders a {@link ClientLetter} as a PDF/A-2b document, reproducibly like {@link NoticeRenderer}. */
public final class ClientLetterRenderer {

    static final String TITLE = "We are asking you for some information";

    public byte[] render(ClientLetter letter) {
        Letterhead head = letter.letterhead();
        try (PdfADocument pdf = new PdfADocument()) {
            PageFlow page = pdf.pages();
            page.subtitle("Ministry of Social Development");
            page.rule();
            page.fieldLines("To", NoticeRenderer.addressBlock(letter.client()));
            page.field("Date", DocumentDates.date(letter.sentOn()));
            page.field("Our reference", head.requestReference());
            page.space(14);

            page.title(TITLE);
            page.space(6);
            page.paragraph(ClientLetter.GREETING + " " + letter.client().name() + ",");
            page.paragraph("We are checking the payments you receive, or have received, from us. We need some "
                    + "information to do this, and we would like to get it from you.");

            page.heading("Why we need it");
            for (StatutoryPurpose purpose : letter.purposes()) {
                page.bullet(purpose.description() + ".");
            }

            page.heading("What we are asking for");
            int number = 1;
            for (NoticeItem item : letter.items()) {
                page.itemHeading("Item " + number++, item.categoryWording());
                page.field("Details", item.description());
                page.field("Period", DocumentDates.range(item.range()));
            }

            page.heading("When and how to send it");
            page.strong("Please send it to us by " + DocumentDates.dayAndDate(letter.respondBy()) + ".");
            page.paragraph(letter.howToRespond());
            page.paragraph(ClientLetter.WHY_YOU_FIRST);

            page.heading("Your rights");
            for (String right : ClientLetter.RIGHTS) {
                page.bullet(right);
            }

            page.heading("Questions");
            page.paragraph("Please call or email us if you have any questions. Quote our reference "
                    + head.requestReference() + ".");
            page.field("Phone", head.contact().phone());
            page.field("Email", head.contact().email());
            page.space(12);
            page.paragraph(ClientLetter.CLOSING);
            page.paragraph(head.officer().name() + ", " + head.officer().role());

            return pdf.save(new DocumentIdentity("client-letter", TITLE + " " + head.requestReference(),
                    head.requestReference(), letter.sentOn()));
        }
    }
}
