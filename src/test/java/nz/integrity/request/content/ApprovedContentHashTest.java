package nz.integrity.request.content;

import nz.integrity.investigation.SubjectRole;

import nz.integrity.party.RecipientType;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import static nz.integrity.request.content.SampleContent.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApprovedContentHashTest {

    private static final RequestContent APPROVED = SampleContent.aBankNotice().build();

    @Test
    void isAStableSha256OfTheCanonicalForm() {
        ApprovedContentHash hash = ApprovedContentHash.of(APPROVED);
        assertEquals(64, hash.hex().length());
        assertEquals(hash, ApprovedContentHash.of(SampleContent.aBankNotice().build()));
        assertTrue(hash.matches(SampleContent.aBankNotice().build()));
    }

    @Test
    void canonicalFormHasFixedFieldOrderAndIsoDates() {
        String canonical = ApprovedContentHash.canonicalForm(APPROVED);
        assertTrue(canonical.startsWith("type=18:THIRD_PARTY_NOTICE\nrecipient="), canonical);
        assertTrue(canonical.contains("range=21:2023-07-01/2024-06-30"), canonical);
        assertTrue(canonical.indexOf("\nsubject=") < canonical.indexOf("\npurpose="));
        assertTrue(canonical.indexOf("\npurpose=") < canonical.indexOf("\nitem="));
        assertTrue(canonical.indexOf("\nitem=") < canonical.indexOf("\nhypothesis="));
    }

    @Test
    void changesWhenAnItemDescriptionChanges() {
        assertChanged(c -> c.items(SampleContent.item(InformationCategory.ACCOUNT_STATEMENTS,
                "Statements for account 12-3456-7890123-01", SampleContent.PERIOD_UNDER_INVESTIGATION)));
    }

    @Test
    void changesWhenAnItemCategoryChanges() {
        assertChanged(c -> c.items(SampleContent.item(InformationCategory.SPECIFIED_TRANSACTIONS,
                "Statements for account 12-3456-7890123-00", SampleContent.PERIOD_UNDER_INVESTIGATION)));
    }

    @Test
    void changesWhenADateRangeMovesByOneDay() {
        assertChanged(c -> c.items(SampleContent.item(InformationCategory.ACCOUNT_STATEMENTS,
                "Statements for account 12-3456-7890123-00", range("2023-07-01", "2024-07-01"))));
    }

    @Test
    void changesWhenTheRecipientChanges() {
        assertChanged(c -> c.recipient(new Recipient("REG-BANK-002", "Other Bank", RecipientType.BANK, false)));
    }

    @Test
    void changesWhenASubjectIsAdded() {
        assertChanged(c -> c.subjects(SampleContent.client(), SampleContent.partner("CR-9")));
    }

    @Test
    void changesWhenASubjectIdentifierIsCorrected() {
        assertChanged(c -> c.subjects(new Subject("P-100", SubjectRole.CLIENT, "Aroha Client",
                Optional.of(LocalDate.parse("1985-04-13")), "", "")));
    }

    @Test
    void changesWhenTheJustificationChanges() {
        assertChanged(c -> c.necessity("Different reasoning about why the statements are needed now."));
        assertChanged(c -> c.dateRangeReason("Extended to catch the first deposit."));
    }

    @Test
    void changesWhenTheClientFirstBasisChanges() {
        assertChanged(c -> c.items(SampleContent.item(InformationCategory.ACCOUNT_STATEMENTS,
                "Statements for account 12-3456-7890123-00", SampleContent.PERIOD_UNDER_INVESTIGATION,
                SampleContent.genuineException())));
    }

    @Test
    void changesWhenThePurposeChanges() {
        assertChanged(c -> c.purposes("ENTITLEMENT"));
    }

    @Test
    void ignoresLayoutOfFreeText() {
        String rewrapped = "The IR match shows employer income;\n  only the bank statements show whether and when "
                + "it was received   in this account.";
        assertEquals(ApprovedContentHash.of(APPROVED),
                ApprovedContentHash.of(SampleContent.aBankNotice().necessity(rewrapped).build()));
    }

    @Test
    void ignoresTheOrderOfItemsAndSubjects() {
        RequestItem dates = SampleContent.item(InformationCategory.ACCOUNT_HOLDER_DETAILS,
                "Holders of account 12-3456-7890123-00", SampleContent.PERIOD_UNDER_INVESTIGATION);
        RequestItem statements = SampleContent.statements();
        assertEquals(
                ApprovedContentHash.of(SampleContent.aBankNotice().items(dates, statements).build()),
                ApprovedContentHash.of(SampleContent.aBankNotice().items(statements, dates).build()));
    }

    @Test
    void ignoresTheClientsAnswerWhichChangesAfterApproval() {
        ClientFirstBasis.ClientAsked answered = new ClientFirstBasis.ClientAsked("CR-1",
                InformationCategory.ACCOUNT_STATEMENTS, SampleContent.PERIOD_UNDER_INVESTIGATION,
                LocalDate.parse("2024-08-01"), LocalDate.parse("2024-08-15"), ClientResponse.DECLINED);
        RequestContent afterAnswer = SampleContent.aBankNotice().items(SampleContent.item(
                InformationCategory.ACCOUNT_STATEMENTS, "Statements for account 12-3456-7890123-00",
                SampleContent.PERIOD_UNDER_INVESTIGATION, answered)).build();
        assertEquals(ApprovedContentHash.of(APPROVED), ApprovedContentHash.of(afterAnswer));
    }

    @Test
    void cannotBeConfusedByTextThatLooksLikeAnotherField() {
        RequestContent sneaky = SampleContent.aBankNotice()
                .hypothesis("x\nnecessity=3:abc").necessity("").build();
        RequestContent plain = SampleContent.aBankNotice().hypothesis("x").necessity("abc").build();
        assertNotEquals(ApprovedContentHash.of(sneaky), ApprovedContentHash.of(plain));
    }

    @Test
    void acceptsOnlyLowerCaseHex() {
        assertThrows(IllegalArgumentException.class, () -> new ApprovedContentHash("ABC"));
    }

    private static void assertChanged(UnaryOperator<SampleContent> change) {
        RequestContent changed = change.apply(SampleContent.aBankNotice()).build();
        assertNotEquals(ApprovedContentHash.of(APPROVED), ApprovedContentHash.of(changed));
    }
}
