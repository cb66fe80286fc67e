package nz.integrity.request.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nz.integrity.party.DeliveryChannel;
import nz.integrity.platform.ValidationException;
import nz.integrity.request.content.InformationCategory;
import nz.integrity.request.content.NoticeTerms;
import nz.integrity.request.content.RequestItem;
import nz.integrity.request.content.SampleContent;
import org.junit.jupiter.api.Test;

import static nz.integrity.request.notice.SampleNotices.CODE_2021_PURPOSES;
import static nz.integrity.request.notice.SampleNotices.MANNER;
import static nz.integrity.request.notice.SampleNotices.bankNoticeContent;
import static nz.integrity.request.notice.SampleNotices.exampleBank;
import static nz.integrity.request.notice.SampleNotices.letterhead;
import static nz.integrity.request.notice.SampleNotices.notice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatutoryNoticeTest {

    private static final LocalDate TUESDAY_22_DECEMBER_2026 = LocalDate.parse("2026-12-22");

    @Test
    void refusesFourWorkingDaysOverChristmasAndNamesR02() {
        // 25 Dec to 2 Jan are not working days, and 1 Jan 2027 is a Friday, so Monday 4 January is not either:
        // 23, 24 Dec, 5 and 6 Jan make only four.
        NoticePeriodTooShortException refused = assertThrows(NoticePeriodTooShortException.class,
                () -> notice(TUESDAY_22_DECEMBER_2026, LocalDate.parse("2027-01-06")));

        assertEquals(List.of("R02"), refused.ruleIds());
        assertTrue(refused.getMessage().startsWith("R02:"), refused.getMessage());
        assertTrue(refused.getMessage().contains("allows 4 working days"), refused.getMessage());
        assertTrue(refused.getMessage().contains("earliest lawful due date is 2027-01-07"), refused.getMessage());
    }

    @Test
    void acceptsTheExactMinimumOverChristmas() {
        StatutoryNotice notice = notice(TUESDAY_22_DECEMBER_2026, LocalDate.parse("2027-01-07"));

        assertEquals(LocalDate.parse("2027-01-07"), notice.dueOn());
        assertEquals(LocalDate.parse("2027-01-07"), StatutoryNotice.earliestDueDate(TUESDAY_22_DECEMBER_2026));
    }

    @Test
    void refusesFourWorkingDaysOverMatariki() {
        // Wednesday 15 July is five weekdays after 8 July, but Matariki (Friday 10 July 2026) is not a working day.
        NoticePeriodTooShortException refused = assertThrows(NoticePeriodTooShortException.class,
                () -> notice(SampleNotices.GIVEN, LocalDate.parse("2026-07-15")));

        assertTrue(refused.getMessage().contains("allows 4 working days"), refused.getMessage());
    }

    @Test
    void acceptsTheExactMinimumOverMatariki() {
        assertEquals(SampleNotices.EARLIEST_DUE, notice(SampleNotices.GIVEN, SampleNotices.EARLIEST_DUE).dueOn());
        assertEquals(SampleNotices.EARLIEST_DUE, StatutoryNotice.earliestDueDate(SampleNotices.GIVEN));
    }

    @Test
    void refusesADueDateOnOrBeforeTheDateGiven() {
        assertThrows(NoticePeriodTooShortException.class, () -> notice(SampleNotices.GIVEN, SampleNotices.GIVEN));
        assertThrows(NoticePeriodTooShortException.class, () -> notice(SampleNotices.GIVEN, SampleNotices.GIVEN.minusDays(3)));
    }

    @Test
    void refusesANoticeThatAsksForNothing() {
        StatutoryNotice valid = notice();

        ValidationException refused = assertThrows(ValidationException.class, () -> new StatutoryNotice(
                valid.letterhead(), valid.recipient(), valid.peopleConcerned(), valid.purposes(), List.of(),
                valid.exclusions(), valid.mannerOfCompliance(), valid.givenOn(), valid.dueOn()));

        assertTrue(refused.fieldMessages().containsKey("Items"));
    }

    @Test
    void refusesANoticeWithoutTheStandardExclusions() {
        StatutoryNotice valid = notice();

        assertThrows(ValidationException.class, () -> new StatutoryNotice(
                valid.letterhead(), valid.recipient(), valid.peopleConcerned(), valid.purposes(), valid.items(),
                Set.of(Exclusion.OTHER_PEOPLE), valid.mannerOfCompliance(), valid.givenOn(), valid.dueOn()));
    }

    @Test
    void refusesTextThatDoesNotFitItsField() {
        // A paragraph smuggled into a one-line field would print as extra content nobody approved.
        assertThrows(ValidationException.class,
                () -> new Addressee("Example Bank\nPlease also send all records", DeliveryChannel.EMAIL, List.of("x@example.nz")));
        // A right-to-left override makes the printed text differ from the stored text.
        assertThrows(ValidationException.class,
                () -> new NoticeItem(InformationCategory.ACCOUNT_STATEMENTS, "Account 12-3456\u202E00-321", SampleContent.PERIOD_UNDER_INVESTIGATION));
        assertThrows(ValidationException.class,
                () -> noticeWithManner("x".repeat(401)));
        assertThrows(ValidationException.class,
                () -> noticeWithManner("  "));
    }

    @Test
    void takesPurposeWordingFromTheCodeVersion() {
        List<String> wording = notice().purposes().stream().map(purpose -> purpose.description()).toList();

        assertEquals(List.of(
                "Establishing or recovering a debt, including an overpayment",
                "Determining whether a person is, or was, entitled to a benefit or payment"), wording);
    }

    @Test
    void refusesAPurposeTheCodeVersionDoesNotList() {
        assertThrows(ValidationException.class, () -> StatutoryNotice.forApprovedRequest(letterhead(), exampleBank(),
                SampleContent.aBankNotice().purposes("WHATEVER_WE_LIKE").build(),
                terms(), CODE_2021_PURPOSES, Set.of()));
    }

    @Test
    void refusesAnAddresseeOtherThanTheApprovedRecipient() {
        Addressee otherBank = new Addressee("Other Bank", DeliveryChannel.EMAIL, List.of("notices@other.example"));

        assertThrows(ValidationException.class, () -> StatutoryNotice.forApprovedRequest(letterhead(), otherBank,
                bankNoticeContent(), terms(), CODE_2021_PURPOSES, Set.of()));
    }

    @Test
    void refusesAClientRequest() {
        assertThrows(ValidationException.class, () -> StatutoryNotice.forApprovedRequest(letterhead(), exampleBank(),
                SampleContent.aClientRequest().build(), terms(), CODE_2021_PURPOSES, Set.of()));
    }

    @Test
    void refusesAnItemWithoutADateRange() {
        RequestItem openEnded = new RequestItem(InformationCategory.ACCOUNT_STATEMENTS, "Statements for account 12-3456",
                Optional.empty(), SampleContent.statements().clientFirst());

        assertThrows(ValidationException.class, () -> StatutoryNotice.forApprovedRequest(letterhead(), exampleBank(),
                SampleContent.aBankNotice().items(openEnded).build(), terms(), CODE_2021_PURPOSES, Set.of()));
    }

    @Test
    void alwaysCarriesTheStandardExclusionsAndAddsRequestedOnes() {
        StatutoryNotice notice = StatutoryNotice.forApprovedRequest(letterhead(), exampleBank(), bankNoticeContent(),
                terms(), CODE_2021_PURPOSES, Set.of(Exclusion.HEALTH_INFORMATION));

        assertEquals(List.of(Exclusion.COMMUNICATIONS_CONTENT, Exclusion.OUTSIDE_DATE_RANGE, Exclusion.HEALTH_INFORMATION),
                List.copyOf(notice.exclusions()));
    }

    private static NoticeTerms terms() {
        return new NoticeTerms(SampleNotices.GIVEN, SampleNotices.EARLIEST_DUE, MANNER);
    }

    private static StatutoryNotice noticeWithManner(String manner) {
        return StatutoryNotice.forApprovedRequest(letterhead(), exampleBank(), bankNoticeContent(),
                new NoticeTerms(SampleNotices.GIVEN, SampleNotices.EARLIEST_DUE, manner), CODE_2021_PURPOSES, Set.of());
    }
}
