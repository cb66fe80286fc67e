package nz.integrity.request.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nz.integrity.party.DeliveryChannel;
import nz.integrity.platform.calendar.NzWorkingDayCalendar;
import nz.integrity.request.content.InformationCategory;
import nz.integrity.request.content.NoticeTerms;
import nz.integrity.request.content.PurposeCode;
import nz.integrity.request.content.RequestContent;
import nz.integrity.request.content.SampleContent;
import nz.integrity.request.rules.RuleSetLoader;
import nz.integrity.request.rules.StatutoryPurpose;
import nz.integrity.request.rules.StatutoryPurposeRule;

import static nz.integrity.request.content.SampleContent.range;

/** Notices and letters built from the shipped Code data and the request test builder. */
final class SampleNotices {

    /** Wednesday 8 July 2026; Matariki is Friday 10 July, so the earliest due date is Thursday 16 July. */
    static final LocalDate GIVEN = LocalDate.parse("2026-07-08");
    static final LocalDate EARLIEST_DUE = LocalDate.parse("2026-07-16");
    static final String MANNER = "Send copies of the documents by email to integrity.documents@msd.govt.nz, or upload "
            + "them through the secure portal using the notice reference.";

    static final Map<PurposeCode, StatutoryPurpose> CODE_2021_PURPOSES = shippedPurposes();

    private SampleNotices() {
    }

    static Letterhead letterhead() {
        return new Letterhead("IR-2026-000123", "INV-2026-000045",
                new IssuingOfficer("Mere Investigator", "Integrity Investigator, Integrity Services"),
                new Contact("0800 559 009", "integrity.documents@msd.govt.nz"));
    }

    static Addressee exampleBank() {
        return new Addressee("Example Bank", DeliveryChannel.EMAIL, List.of("Legal Compliance Team", "notices@example-bank.co.nz"));
    }

    static RequestContent bankNoticeContent() {
        return SampleContent.aBankNotice().items(
                SampleContent.statements(),
                SampleContent.item(InformationCategory.ACCOUNT_HOLDER_DETAILS,
                        "Names of all holders and signatories of account 12-3456-7890123-00",
                        range("2023-01-01", "2023-12-31"))).build();
    }

    static StatutoryNotice notice(LocalDate givenOn, LocalDate dueOn) {
        return StatutoryNotice.forApprovedRequest(letterhead(), exampleBank(), bankNoticeContent(),
                new NoticeTerms(givenOn, dueOn, MANNER), CODE_2021_PURPOSES, Set.of());
    }

    static StatutoryNotice notice() {
        return notice(GIVEN, EARLIEST_DUE);
    }

    static CancellationLetter cancellation() {
        return new CancellationLetter(letterhead(), exampleBank(), true, GIVEN, LocalDate.parse("2026-07-10"));
    }

    static ClientLetter clientLetter() {
        return ClientLetter.forClientRequest(letterhead(),
                new Addressee("Aroha Client", DeliveryChannel.POST, List.of("12 Kōwhai Street", "Ōtaki 5512")),
                SampleContent.aClientRequest().build(),
                new NoticeTerms(GIVEN, LocalDate.parse("2026-07-22"),
                        "Post copies to us in the reply-paid envelope, bring them to any service centre, or email them "
                                + "to integrity.documents@msd.govt.nz."),
                CODE_2021_PURPOSES);
    }

    private static Map<PurposeCode, StatutoryPurpose> shippedPurposes() {
        return RuleSetLoader.load("code/code-2021-03-01.properties", new NzWorkingDayCalendar()).rules().stream()
                .filter(StatutoryPurposeRule.class::isInstance)
                .map(rule -> ((StatutoryPurposeRule) rule).purposes())
                .findFirst().orElseThrow();
    }
}
