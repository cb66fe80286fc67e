package nz.integrity.request.rules;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nz.integrity.request.content.InformationCategory;
import nz.integrity.request.content.SampleContent;

import static nz.integrity.request.content.SampleContent.PERIOD_UNDER_INVESTIGATION;
import static nz.integrity.request.rules.Results.assertFail;
import static nz.integrity.request.rules.Results.assertPass;
import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("R10 specific items")
class SpecificItemsRuleTest {

    private final Rule rule = new SpecificItemsRule(new PhraseList(List.of(
            "all financial information", "all records", "any and all", "full file")));

    @Test
    @DisplayName("R10 passes a specific description")
    void passesASpecificDescription() {
        assertPass(rule.evaluate(SampleFacts.issuingABankNotice().build()));
    }

    @Test
    @DisplayName("R10 refuses all financial information")
    void refusesAllFinancialInformation() {
        RuleResult result = assertFail(evaluate("All financial information held about the client."));
        assertEquals("Item 1 (specified transactions) asks for \"all financial information\"; name the specific "
                + "information instead.", result.explanation());
        assertEquals("All financial information held about the client.", result.inputs().get("item[1].description"));
    }

    @Test
    @DisplayName("R10 refuses any and all records in any case")
    void refusesAnyAndAllRecordsInAnyCase() {
        RuleResult result = assertFail(evaluate("Any and ALL records relating to her."));
        assertEquals("Item 1 (specified transactions) asks for \"all records\", \"any and all\"; name the specific "
                + "information instead.", result.explanation());
    }

    @Test
    @DisplayName("R10 does not mistake ordinary words for blanket ones")
    void doesNotMistakeOrdinaryWordsForBlanketOnes() {
        assertPass(evaluate("Two small recorded deposits on 3 and 4 May 2024 into account 12-3456-7890123-00"));
    }

    @Test
    @DisplayName("R10 refuses an item without a description")
    void refusesAnItemWithoutADescription() {
        RuleResult result = assertFail(evaluate("  "));
        assertEquals("Item 1 (specified transactions) has no description of the specific information needed.",
                result.explanation());
    }

    @Test
    @DisplayName("R10 refuses a request with no items")
    void refusesARequestWithNoItems() {
        assertEquals("The request lists no items.",
                assertFail(rule.evaluate(SampleFacts.issuingABankNotice().content(c -> c.items()).build())).explanation());
    }

    private RuleResult evaluate(String description) {
        return rule.evaluate(SampleFacts.issuingABankNotice()
                .content(c -> c.items(SampleContent.item(InformationCategory.SPECIFIED_TRANSACTIONS, description,
                        PERIOD_UNDER_INVESTIGATION)))
                .build());
    }
}
