package nz.integrity.request.rules;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nz.integrity.request.content.InformationCategory;
import nz.integrity.request.content.Recipient;
import nz.integrity.party.RecipientType;
import nz.integrity.request.content.SampleContent;

import static nz.integrity.request.content.SampleContent.PERIOD_UNDER_INVESTIGATION;
import static nz.integrity.request.rules.Results.assertFail;
import static nz.integrity.request.rules.Results.assertPass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("R18 special category")
class SpecialCategoryRuleTest {

    private final Rule rule = new SpecialCategoryRule(SamplePolicy.elevation());

    @Test
    @DisplayName("R18 passes ordinary information")
    void passesOrdinaryInformation() {
        assertPass(rule.evaluate(SampleFacts.issuingABankNotice().build()));
    }

    @Test
    @DisplayName("R18 escalates a special category")
    void escalatesASpecialCategory() {
        RuleResult result = assertFail(evaluate(InformationCategory.HEALTH_OR_MATERNITY_RECORDS, "Dates of hospital admission"));
        assertEquals(RuleLevel.OVERRIDE, result.level());
        assertTrue(result.explanation().startsWith("Special-category information is sought in item 1 "
                + "(health or maternity records)."), result.explanation());
    }

    @Test
    @DisplayName("R18 escalates special information described under an ordinary category")
    void escalatesSpecialInformationDescribedUnderAnOrdinaryCategory() {
        RuleResult result = assertFail(evaluate(InformationCategory.SPECIFIED_RECORD_TYPE, "Birthing records for May 2024"));
        assertEquals("true", result.inputs().get("item[1].specialCategory"));
    }

    private RuleResult evaluate(InformationCategory category, String description) {
        return rule.evaluate(SampleFacts.issuingABankNotice()
                .content(c -> c.recipient(new Recipient("REG-GOV-HNZ", "Health NZ",
                                RecipientType.GOVERNMENT_AGENCY, false))
                        .items(SampleContent.item(category, description, PERIOD_UNDER_INVESTIGATION)))
                .build());
    }
}
