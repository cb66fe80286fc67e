package nz.integrity.request.rules;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nz.integrity.request.content.InformationCategory;
import nz.integrity.request.content.SampleContent;

import static nz.integrity.request.content.SampleContent.range;
import static nz.integrity.request.rules.Results.assertFail;
import static nz.integrity.request.rules.Results.assertNotApplicable;
import static nz.integrity.request.rules.Results.assertPass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("R17 elevated recipient")
class ElevatedRecipientRuleTest {

    private final Rule overridable = new ElevatedRecipientRule(SamplePolicy.elevation(), RuleLevel.OVERRIDE);

    @Test
    @DisplayName("R17 passes a bank")
    void passesABank() {
        assertPass(overridable.evaluate(SampleFacts.issuingABankNotice().build()));
    }

    @Test
    @DisplayName("R17 escalates a telco")
    void escalatesATelco() {
        RuleResult result = assertFail(overridable.evaluate(telcoNotice().build()));
        assertEquals(RuleLevel.OVERRIDE, result.level());
        assertTrue(result.explanation().startsWith("The recipient Example Mobile is a telco or law-enforcement body."));
        assertTrue(result.explanation().contains("Privacy or Legal input"));
    }

    @Test
    @DisplayName("R17 escalates police though their type is government agency")
    void escalatesPoliceThoughTheirTypeIsGovernmentAgency() {
        assertFail(overridable.evaluate(SampleFacts.issuingABankNotice().content(c -> c.recipient(SampleContent.POLICE)
                .items(SampleContent.item(InformationCategory.SPECIFIED_RECORD_TYPE, "Address recorded on 3 May 2024",
                        range("2024-05-01", "2024-05-31")))).build()));
    }

    @Test
    @DisplayName("R17 can be configured to keep the suspension")
    void canBeConfiguredToKeepTheSuspension() {
        Rule suspended = new ElevatedRecipientRule(SamplePolicy.elevation(), RuleLevel.HARD);
        RuleResult result = assertFail(suspended.evaluate(telcoNotice().build()));
        assertEquals(RuleLevel.HARD, result.level());
        assertTrue(result.explanation().endsWith("Such requests are suspended under this Code version."));
    }

    @Test
    @DisplayName("R17 cannot be weakened to a warning")
    void cannotBeWeakenedToAWarning() {
        assertThrows(IllegalArgumentException.class, () -> new ElevatedRecipientRule(SamplePolicy.elevation(), RuleLevel.WARN));
    }

    @Test
    @DisplayName("R17 does not apply to a client request")
    void doesNotApplyToAClientRequest() {
        assertNotApplicable(overridable.evaluate(SampleFacts.issuingABankNotice().content(c -> SampleContent.aClientRequest()).build()));
    }

    private static SampleFacts telcoNotice() {
        return SampleFacts.issuingABankNotice().content(c -> c.recipient(SampleContent.TELCO)
                .items(SampleContent.item(InformationCategory.ACCOUNT_HOLDER_DETAILS, "Subscriber for 021 555 0101",
                        range("2024-01-01", "2024-03-31"))));
    }
}
