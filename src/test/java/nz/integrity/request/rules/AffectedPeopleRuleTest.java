package nz.integrity.request.rules;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nz.integrity.request.content.SampleContent;
import nz.integrity.request.content.Subject;
import nz.integrity.investigation.SubjectRole;

import static nz.integrity.request.rules.Results.assertFail;
import static nz.integrity.request.rules.Results.assertPass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("R14a affected people")
class AffectedPeopleRuleTest {

    private final Rule rule = new AffectedPeopleRule(40);

    @Test
    @DisplayName("R14a passes for the client with collateral intrusion addressed")
    void passesForTheClientWithCollateralIntrusionAddressed() {
        assertPass(rule.evaluate(SampleFacts.issuingABankNotice().build()));
    }

    @Test
    @DisplayName("R14a passes for a partner with their own justification")
    void passesForAPartnerWithTheirOwnJustification() {
        assertPass(rule.evaluate(SampleFacts.issuingABankNotice()
                .content(c -> c.subjects(SampleContent.client(), SampleContent.partner("CR-9"))).build()));
    }

    @Test
    @DisplayName("R14a refuses a partner targeted without their own justification")
    void refusesAPartnerTargetedWithoutTheirOwnJustification() {
        Subject partner = new Subject("P-200", SubjectRole.PARTNER, "Ben Partner",
                Optional.of(LocalDate.parse("1983-02-01")), "Partner of client.", "CR-9");
        RuleResult result = assertFail(rule.evaluate(SampleFacts.issuingABankNotice()
                .content(c -> c.subjects(SampleContent.client(), partner)).build()));
        assertEquals("The partner Ben Partner is a subject without a justification of their own (at least 40 "
                + "characters).", result.explanation());
        assertEquals("18", result.inputs().get("subject[P-200].ownJustificationCharacters"));
    }

    @Test
    @DisplayName("R14a refuses a request without collateral intrusion considered")
    void refusesARequestWithoutCollateralIntrusionConsidered() {
        RuleResult result = assertFail(rule.evaluate(SampleFacts.issuingABankNotice()
                .content(c -> c.collateralIntrusion("")).build()));
        assertTrue(result.explanation().contains("whose other information will come back"));
    }

    @Test
    @DisplayName("R14a refuses a request with no subject")
    void refusesARequestWithNoSubject() {
        RuleResult result = assertFail(rule.evaluate(SampleFacts.issuingABankNotice().content(c -> c.subjects()).build()));
        assertEquals("The request names no subject.", result.explanation());
    }
}
