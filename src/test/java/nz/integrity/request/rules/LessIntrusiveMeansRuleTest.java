package nz.integrity.request.rules;

import java.util.EnumSet;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nz.integrity.request.content.AlternativeConsidered;
import nz.integrity.request.content.LessIntrusiveMeans;
import nz.integrity.request.content.SampleContent;

import static nz.integrity.request.rules.Results.assertFail;
import static nz.integrity.request.rules.Results.assertNotApplicable;
import static nz.integrity.request.rules.Results.assertPass;
import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("R13 less intrusive means")
class LessIntrusiveMeansRuleTest {

    private final Rule rule = new LessIntrusiveMeansRule(EnumSet.allOf(LessIntrusiveMeans.class), 40);

    @Test
    @DisplayName("R13 passes when every route is addressed")
    void passesWhenEveryRouteIsAddressed() {
        assertPass(rule.evaluate(SampleFacts.issuingABankNotice().build()));
    }

    @Test
    @DisplayName("R13 names the routes not addressed")
    void namesTheRoutesNotAddressed() {
        RuleResult result = assertFail(rule.evaluate(SampleFacts.issuingABankNotice()
                .content(c -> c.alternatives(
                        new AlternativeConsidered(LessIntrusiveMeans.ASK_THE_CLIENT, "Asked; no reply."),
                        new AlternativeConsidered(LessIntrusiveMeans.INTERVIEW, " ")))
                .build()));
        assertEquals("The request does not say what came of, or why it did not use: INFORMATION_MSD_ALREADY_HOLDS, "
                + "INFORMATION_SHARING_OR_MATCHING, INTERVIEW, PUBLIC_INFORMATION.", result.explanation());
    }

    @Test
    @DisplayName("R13 requires the intrusion to be weighed")
    void requiresTheIntrusionToBeWeighed() {
        RuleResult result = assertFail(rule.evaluate(SampleFacts.issuingABankNotice()
                .content(c -> c.proportionality("Proportionate.")).build()));
        assertEquals("The request does not weigh the intrusion against the benefit and the seriousness of the "
                + "allegation (at least 40 characters).", result.explanation());
    }

    @Test
    @DisplayName("R13 does not apply to a client request")
    void doesNotApplyToAClientRequest() {
        assertNotApplicable(rule.evaluate(SampleFacts.issuingABankNotice().content(c -> SampleContent.aClientRequest()).build()));
    }
}
