package nz.integrity.request.notice;

/** Renders a {@link CancellationLetter} as a PDF/A-2b document, reproducibly like {@link NoticeRenderer}. */
public final class CancellationLetterRenderer {

    static final String TITLE = "Cancellation of our request for information";

    public byte[] render(CancellationLetter letter) {
        Letterhead head = letter.letterhead();
        String cancelled = letter.thirdPartyNotice()
                ? "notice requiring information under Schedule 6, clause 2 of the Social Security Act 2018"
                : "letter asking you for information";
        try (PdfADocument pdf = new PdfADocument()) {
            PageFlow page = pdf.pages();
            page.title(TITLE);
            page.subtitle("Ministry of Social Development");
            page.rule();
            page.fieldLines("To", NoticeRenderer.addressBlock(letter.addressee()));
            page.field("Sent by", NoticeRenderer.channel(letter.addressee().channel()));
            page.field("Our reference", head.requestReference());
            page.field("Date", DocumentDates.dayAndDate(letter.cancelledOn()));
            page.space(14);

            page.paragraph(ClientLetter.GREETING + " " + letter.addressee().name() + ",");
            page.strong("We have cancelled our " + cancelled + " dated "
                    + DocumentDates.dayAndDate(letter.originallyGivenOn()) + ", reference " + head.requestReference() + ".");
            page.paragraph("You do not need to do anything it asked, and please do not send us any information in reply to it.");
            page.paragraph(CancellationLetter.ALREADY_SENT);

            page.heading("Questions");
            page.paragraph("Please call or email us if you have any questions. Quote our reference "
                    + head.requestReference() + ".");
            page.field("Phone", head.contact().phone());
            page.field("Email", head.contact().email());
            page.space(12);
            page.paragraph(ClientLetter.CLOSING);
            page.paragraph(head.officer().name() + ", " + head.officer().role());

            return pdf.save(new DocumentIdentity("cancellation", TITLE + " " + head.requestReference(),
                    head.requestReference(), letter.cancelledOn()));
        }
    }
}
