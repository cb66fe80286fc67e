package nz.integrity.request.rules;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nz.integrity.request.SampleContent;
import nz.integrity.request.Subject;
import nz.integrity.investigation.SubjectRole;

import static nz.integrity.request.rules.Results.assertFail;
import static nz.integrity.request.rules.Results.assertPass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AffectedPeopleRuleTest {

    private final Rule rule = new AffectedPeopleRule(40);

    @Test
    void passesForTheClientWithCollateralIntrusionAddressed() {
        assertPass(rule.evaluate(SampleFacts.issuingABankNotice().build()));
    }

    @Test
    void passesForAPartnerWithTheirOwnJustification() {
        assertPass(rule.evaluate(SampleFacts.issuingABankNotice()
                .content(c -> c.subjects(SampleContent.client(), SampleContent.partner("CR-9"))).build()));
    }

    @Test
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
    void refusesARequestWithoutCollateralIntrusionConsidered() {
        RuleResult result = assertFail(rule.evaluate(SampleFacts.issuingABankNotice()
                .content(c -> c.collateralIntrusion("")).build()));
        assertTrue(result.explanation().contains("whose other information will come back"));
    }

    @Test
    void refusesARequestWithNoSubject() {
        RuleResult result = assertFail(rule.evaluate(SampleFacts.issuingABankNotice().content(c -> c.subjects()).build()));
        assertEquals("The request names no subject.", result.explanation());
    }
}
