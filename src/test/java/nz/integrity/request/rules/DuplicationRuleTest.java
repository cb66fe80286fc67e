package nz.integrity.request.rules;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nz.integrity.request.content.InformationCategory;

import static nz.integrity.request.content.SampleContent.range;
import static nz.integrity.request.rules.Results.assertFail;
import static nz.integrity.request.rules.Results.assertPass;
import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("R31 duplication")
class DuplicationRuleTest {

    private final Rule rule = new DuplicationRule();

    @Test
    @DisplayName("R31 passes when nothing is held")
    void passesWhenNothingIsHeld() {
        assertPass(rule.evaluate(SampleFacts.issuingABankNotice().build()));
    }

    @Test
    @DisplayName("R31 warns about an overlap with information already held")
    void warnsAboutAnOverlapWithInformationAlreadyHeld() {
        RuleResult result = assertFail(rule.evaluate(SampleFacts.issuingABankNotice()
                .held(new HeldInformation(InformationCategory.ACCOUNT_STATEMENTS, range("2024-01-01", "2024-03-31"),
                        "client request CR-0"))
                .build()));
        assertEquals(RuleLevel.WARN, result.level());
        assertEquals("Item 1 (account statements) for 1 July 2023 to 30 June 2024 overlaps 1 January 2024 to 31 March 2024 already held "
                + "from client request CR-0. Acknowledge why it is needed again, or narrow the item.", result.explanation());
    }

    @Test
    @DisplayName("R31 ignores other categories and other periods")
    void ignoresOtherCategoriesAndOtherPeriods() {
        assertPass(rule.evaluate(SampleFacts.issuingABankNotice()
                .held(new HeldInformation(InformationCategory.ACCOUNT_HOLDER_DETAILS, range("2024-01-01", "2024-03-31"), "CR-0"),
                        new HeldInformation(InformationCategory.ACCOUNT_STATEMENTS, range("2024-07-01", "2024-08-31"), "N-7"))
                .build()));
    }
}
