package nz.integrity.request.rules;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nz.integrity.request.content.SampleContent;

import static nz.integrity.request.rules.Results.assertFail;
import static nz.integrity.request.rules.Results.assertNotApplicable;
import static nz.integrity.request.rules.Results.assertPass;
import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("R14b partner asked first")
class PartnerAskedFirstRuleTest {

    private final Rule rule = new PartnerAskedFirstRule();

    @Test
    @DisplayName("R14b passes when the partner was asked first")
    void passesWhenThePartnerWasAskedFirst() {
        RuleResult result = assertPass(evaluateWithPartner("CR-9"));
        assertEquals("CR-9", result.inputs().get("partner[P-200].askedFirstRef"));
    }

    @Test
    @DisplayName("R14b escalates a partner who was not asked first")
    void escalatesAPartnerWhoWasNotAskedFirst() {
        RuleResult result = assertFail(evaluateWithPartner(""));
        assertEquals(RuleLevel.OVERRIDE, result.level());
        assertEquals("The partner Ben Partner was not asked first for their own information. The approver must "
                + "record why the notice should go ahead anyway.", result.explanation());
    }

    @Test
    @DisplayName("R14b does not apply without a partner")
    void doesNotApplyWithoutAPartner() {
        assertNotApplicable(rule.evaluate(SampleFacts.issuingABankNotice().build()));
    }

    @Test
    @DisplayName("R14b does not apply to a client request")
    void doesNotApplyToAClientRequest() {
        assertNotApplicable(rule.evaluate(SampleFacts.issuingABankNotice()
                .content(c -> SampleContent.aClientRequest().subjects(SampleContent.partner(""))).build()));
    }

    private RuleResult evaluateWithPartner(String askedFirstRef) {
        return rule.evaluate(SampleFacts.issuingABankNotice()
                .content(c -> c.subjects(SampleContent.client(), SampleContent.partner(askedFirstRef))).build());
    }
}
