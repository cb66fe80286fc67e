package nz.integrity.request.notice;

import java.util.ArrayList;
import java.util.List;

import nz.integrity.party.DeliveryChannel;
import nz.integrity.request.rules.StatutoryPurpose;

/**
 * Renders a {@link StatutoryNotice} as a PDF/A-2b document. The same notice always renders to the same bytes,
 * so the hash stored at issue can be checked by rendering again.
 */
public final class NoticeRenderer {

    static final String TITLE = "Notice requiring information";

    public byte[] render(StatutoryNotice notice) {
        Letterhead head = notice.letterhead();
        try (PdfADocument pdf = new PdfADocument()) {
            PageFlow page = pdf.pages();
            page.title(TITLE);
            page.subtitle("Ministry of Social Development  ·  " + StatutoryNotice.LEGAL_BASIS);
            page.rule();

            page.fieldLines("To", addressBlock(notice.recipient()));
            page.field("Sent by", channel(notice.recipient().channel()));
            page.field("Notice reference", head.requestReference());
            page.field("Case reference", head.caseReference());
            page.field("Date given", DocumentDates.dayAndDate(notice.givenOn()));
            page.field("Due date", DocumentDates.dayAndDate(notice.dueOn()));

            page.heading("What this notice is");
            page.paragraph(StatutoryNotice.MANDATORY_NATURE);
            page.paragraph(StatutoryNotice.CONSEQUENCE);

            page.heading("Why we need the information");
            page.paragraph("We need it for the following purposes under Schedule 6, clause 3 of the Social Security Act 2018:");
            for (StatutoryPurpose purpose : notice.purposes()) {
                page.bullet(purpose.description() + ".");
            }

            page.heading("Whose information");
            page.paragraph("The information is about:");
            for (PersonConcerned person : notice.peopleConcerned()) {
                page.bullet(person.name() + person.dateOfBirth().map(born -> ", born " + DocumentDates.date(born)).orElse(""));
            }

            page.heading("What you must provide");
            int number = 1;
            for (NoticeItem item : notice.items()) {
                page.itemHeading("Item " + number++, item.categoryWording());
                page.field("Details", item.description());
                page.field("Period", DocumentDates.range(item.range()));
            }

            page.heading("What you must not send");
            for (Exclusion exclusion : notice.exclusions()) {
                page.bullet(exclusion.wording());
            }

            page.heading("Privileged information");
            page.paragraph(StatutoryNotice.PRIVILEGE);

            page.heading("How and when to comply");
            page.strong("Provide the information by " + DocumentDates.dayAndDate(notice.dueOn()) + ".");
            page.paragraph(notice.mannerOfCompliance());
            page.paragraph(StatutoryNotice.FREE_OF_CHARGE + " Quote the notice reference " + head.requestReference()
                    + " with everything you send.");

            page.heading("Questions");
            page.paragraph("If anything in this notice is unclear, or you cannot meet the due date, contact us before "
                    + "the due date.");
            page.field("Phone", head.contact().phone());
            page.field("Email", head.contact().email());
            page.space(10);
            page.field("Issued by", head.officer().name());
            page.field("Role", head.officer().role());

            return pdf.save(new DocumentIdentity("statutory-notice", TITLE + " " + head.requestReference(),
                    head.requestReference(), notice.givenOn()));
        }
    }

    static List<String> addressBlock(Addressee addressee) {
        List<String> lines = new ArrayList<>();
        lines.add(addressee.name());
        lines.addAll(addressee.addressLines());
        return lines;
    }

    static String channel(DeliveryChannel channel) {
        return switch (channel) {
            case EMAIL -> "Email";
            case POST -> "Post";
            case SECURE_PORTAL -> "Secure portal";
        };
    }
}
