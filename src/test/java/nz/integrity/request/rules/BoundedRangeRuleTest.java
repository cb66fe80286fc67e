package nz.integrity.request.rules;

import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nz.integrity.request.content.ClientFirstBasis;
import nz.integrity.request.content.InformationCategory;
import nz.integrity.request.content.RequestItem;
import nz.integrity.request.content.SampleContent;

import static nz.integrity.request.rules.Results.assertFail;
import static nz.integrity.request.rules.Results.assertNotApplicable;
import static nz.integrity.request.rules.Results.assertPass;
import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("R11a bounded range")
class BoundedRangeRuleTest {

    private final Rule rule = new BoundedRangeRule();

    @Test
    @DisplayName("R11a passes when every item has dates")
    void passesWhenEveryItemHasDates() {
        assertPass(rule.evaluate(SampleFacts.issuingABankNotice().build()));
    }

    @Test
    @DisplayName("R11a refuses an item without dates")
    void refusesAnItemWithoutDates() {
        RequestItem undated = new RequestItem(InformationCategory.ACCOUNT_HOLDER_DETAILS, "Holders of account 12-3456",
                Optional.empty(), ClientFirstBasis.notRecorded());
        RuleResult result = assertFail(rule.evaluate(SampleFacts.submittingABankNotice()
                .content(c -> c.items(SampleContent.statements(), undated)).build()));
        assertEquals("No start and end date for item 2 (account holder details).", result.explanation());
        assertEquals("(none)", result.inputs().get("item[2].range"));
        assertEquals("2023-07-01/2024-06-30", result.inputs().get("item[1].range"));
    }

    @Test
    @DisplayName("R11a has nothing to check without items")
    void hasNothingToCheckWithoutItems() {
        assertNotApplicable(rule.evaluate(SampleFacts.submittingABankNotice().content(c -> c.items()).build()));
    }
}
