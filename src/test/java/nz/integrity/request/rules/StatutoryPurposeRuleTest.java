package nz.integrity.request.rules;

import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nz.integrity.request.content.PurposeCode;

import static nz.integrity.request.rules.Results.assertFail;
import static nz.integrity.request.rules.Results.assertPass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("R01 statutory purpose")
class StatutoryPurposeRuleTest {

    private final Rule rule = new StatutoryPurposeRule(Map.of(
            new PurposeCode("ENTITLEMENT"), new StatutoryPurpose(new PurposeCode("ENTITLEMENT"), "Determining entitlement"),
            new PurposeCode("DEBT_RECOVERY"), new StatutoryPurpose(new PurposeCode("DEBT_RECOVERY"), "Recovering a debt")));

    @Test
    @DisplayName("R01 passes when every cited purpose is on the codes list")
    void passesWhenEveryCitedPurposeIsOnTheCodesList() {
        RuleResult result = assertPass(rule.evaluate(SampleFacts.issuingABankNotice().build()));
        assertTrue(result.explanation().contains("Recovering a debt; Determining entitlement"), result.explanation());
        assertEquals("DEBT_RECOVERY, ENTITLEMENT", result.inputs().get("purposes"));
    }

    @Test
    @DisplayName("R01 fails without any purpose")
    void failsWithoutAnyPurpose() {
        RuleResult result = assertFail(rule.evaluate(SampleFacts.issuingABankNotice().content(c -> c.purposes()).build()));
        assertTrue(result.explanation().startsWith("The request cites no statutory purpose."));
    }

    @Test
    @DisplayName("R01 fails on a purpose this code does not list")
    void failsOnAPurposeThisCodeDoesNotList() {
        RuleResult result = assertFail(rule.evaluate(
                SampleFacts.issuingABankNotice().content(c -> c.purposes("ENTITLEMENT", "GENERAL_INTELLIGENCE")).build()));
        assertEquals("The request cites GENERAL_INTELLIGENCE, which this Code version's purpose list does not contain.",
                result.explanation());
    }
}
