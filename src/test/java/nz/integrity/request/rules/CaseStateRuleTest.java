package nz.integrity.request.rules;

import nz.integrity.investigation.CaseStatus;

import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static nz.integrity.request.rules.Results.assertFail;
import static nz.integrity.request.rules.Results.assertPass;
import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("R27 case state")
class CaseStateRuleTest {

    private final Rule rule = new CaseStateRule(Set.of(CaseStatus.INVESTIGATING));

    @Test
    @DisplayName("R27 passes an authorised investigation")
    void passesAnAuthorisedInvestigation() {
        assertPass(rule.evaluate(SampleFacts.issuingABankNotice().build()));
    }

    @Test
    @DisplayName("R27 refuses a case still in triage")
    void refusesACaseStillInTriage() {
        RuleResult result = assertFail(rule.evaluate(SampleFacts.issuingABankNotice().caseStatus(CaseStatus.TRIAGE).build()));
        assertEquals("The case is TRIAGE; requests can only be made while it is INVESTIGATING.", result.explanation());
    }

    @Test
    @DisplayName("R27 refuses a closed case")
    void refusesAClosedCase() {
        assertFail(rule.evaluate(SampleFacts.issuingABankNotice().caseStatus(CaseStatus.CLOSED).build()));
    }

    @Test
    @DisplayName("R27 refuses a case without grounds authorisation period or allegation")
    void refusesACaseWithoutGroundsAuthorisationPeriodOrAllegation() {
        RuleResult result = assertFail(rule.evaluate(SampleFacts.issuingABankNotice().openingGrounds(" ")
                .investigationAuthorisedBy("").noPeriodUnderInvestigation().noAllegation().build()));
        assertEquals("The case records no grounds for opening the investigation. Nobody is recorded as having "
                + "authorised the investigation. The case records no period under investigation. The case records no "
                + "allegation type.", result.explanation());
    }
}
