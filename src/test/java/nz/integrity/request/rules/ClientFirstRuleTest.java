package nz.integrity.request.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nz.integrity.request.content.ClientFirstBasis;
import nz.integrity.request.content.ClientFirstBasis.ClientAsked;
import nz.integrity.request.content.ClientFirstBasis.PrejudiceException;
import nz.integrity.request.content.ClientResponse;
import nz.integrity.request.content.DateRange;
import nz.integrity.request.content.InformationCategory;
import nz.integrity.request.content.PrejudiceGround;
import nz.integrity.request.content.SampleContent;

import static nz.integrity.request.content.SampleContent.PERIOD_UNDER_INVESTIGATION;
import static nz.integrity.request.content.SampleContent.range;
import static nz.integrity.request.rules.Results.assertFail;
import static nz.integrity.request.rules.Results.assertNotApplicable;
import static nz.integrity.request.rules.Results.assertPass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("R06 client first")
class ClientFirstRuleTest {

    private static final String DESCRIPTION = "Statements for account 12-3456-7890123-00";
    private final Rule rule = new ClientFirstRule(SampleFacts.CALENDAR, 5, 100, new PhraseList(List.of(
            "prejudice the maintenance of the law", "high risk case", "high risk", "may destroy evidence")));

    @Test
    @DisplayName("R06 passes when the client was asked for the same item and did not respond")
    void passesWhenTheClientWasAskedForTheSameItemAndDidNotRespond() {
        RuleResult result = assertPass(rule.evaluate(SampleFacts.issuingABankNotice().build()));
        assertEquals("CR-1", result.inputs().get("item[1].clientRequest"));
        assertEquals("10", result.inputs().get("item[1].clientResponseWorkingDays"));
        assertEquals("NO_RESPONSE", result.inputs().get("item[1].clientResponse"));
    }

    @Test
    @DisplayName("R06 passes when the client only partly provided")
    void passesWhenTheClientOnlyPartlyProvided() {
        assertPass(evaluate(asked(InformationCategory.ACCOUNT_STATEMENTS, PERIOD_UNDER_INVESTIGATION,
                "2024-08-15", ClientResponse.PARTLY_PROVIDED)));
    }

    @Test
    @DisplayName("R06 fails when nothing is recorded for an item")
    void failsWhenNothingIsRecordedForAnItem() {
        RuleResult result = assertFail(evaluate(ClientFirstBasis.notRecorded()));
        assertEquals("For item 1 (account statements) the client was not asked first and no prejudice exception is "
                + "recorded.", result.explanation());
    }

    @Test
    @DisplayName("R06 fails when the client was asked for something else")
    void failsWhenTheClientWasAskedForSomethingElse() {
        RuleResult result = assertFail(evaluate(asked(InformationCategory.ACCOUNT_HOLDER_DETAILS,
                PERIOD_UNDER_INVESTIGATION, "2024-08-15", ClientResponse.NO_RESPONSE)));
        assertTrue(result.explanation().contains("asked for ACCOUNT_HOLDER_DETAILS, which is not the same information"));
    }

    @Test
    @DisplayName("R06 fails when the client was asked about a shorter period")
    void failsWhenTheClientWasAskedAboutAShorterPeriod() {
        RuleResult result = assertFail(evaluate(asked(InformationCategory.ACCOUNT_STATEMENTS,
                range("2024-01-01", "2024-06-30"), "2024-08-15", ClientResponse.NO_RESPONSE)));
        assertTrue(result.explanation().contains("asked about 1 January 2024 to 30 June 2024 but the notice asks about "
                + "1 July 2023 to 30 June 2024"), result.explanation());
    }

    @Test
    @DisplayName("R06 fails when the client was given too little time")
    void failsWhenTheClientWasGivenTooLittleTime() {
        RuleResult result = assertFail(evaluate(asked(InformationCategory.ACCOUNT_STATEMENTS,
                PERIOD_UNDER_INVESTIGATION, "2024-08-05", ClientResponse.NO_RESPONSE)));
        assertTrue(result.explanation().contains("given 2 working days to respond; at least 5 are required"));
    }

    @Test
    @DisplayName("R06 fails when the client already provided it")
    void failsWhenTheClientAlreadyProvidedIt() {
        RuleResult result = assertFail(evaluate(asked(InformationCategory.ACCOUNT_STATEMENTS,
                PERIOD_UNDER_INVESTIGATION, "2024-08-15", ClientResponse.PROVIDED)));
        assertTrue(result.explanation().contains("already provided the information"));
    }

    @Test
    @DisplayName("R06 accepts a genuine case specific exception")
    void acceptsAGenuineCaseSpecificException() {
        RuleResult result = assertPass(evaluate(SampleContent.genuineException()));
        assertEquals("COLLUSION_WITH_THIRD_PARTY", result.inputs().get("item[1].exceptionGrounds"));
    }

    @Test
    @DisplayName("R06 refuses a blanket exception whatever its length")
    void refusesABlanketExceptionWhateverItsLength() {
        PrejudiceException blanket = new PrejudiceException(Set.of(PrejudiceGround.DESTRUCTION_OR_ALTERATION_OF_EVIDENCE),
                "High risk case. Asking the client first would prejudice the maintenance of the law and she may "
                        + "destroy evidence. High risk.",
                "Evidence destroyed.", "Not suitable.");
        RuleResult result = assertFail(evaluate(blanket));
        assertTrue(result.explanation().contains("gives no case-specific facts"), result.explanation());
        assertTrue(result.explanation().contains("A blanket exception cannot replace asking the client first."));
        assertEquals("high risk, high risk case, may destroy evidence, prejudice the maintenance of the law",
                result.inputs().get("item[1].exceptionStockPhrasesFound"));
    }

    @Test
    @DisplayName("R06 refuses an exception without ground harm or alternatives")
    void refusesAnExceptionWithoutGroundHarmOrAlternatives() {
        PrejudiceException bare = new PrejudiceException(Set.of(),
                SampleContent.genuineException().facts(), "", "");
        RuleResult result = assertFail(evaluate(bare));
        assertTrue(result.explanation().contains("names no ground"));
        assertTrue(result.explanation().contains("does not say what harm"));
        assertTrue(result.explanation().contains("why less intrusive alternatives fail"));
    }

    @Test
    @DisplayName("R06 does not apply to a client request")
    void doesNotApplyToAClientRequest() {
        assertNotApplicable(rule.evaluate(SampleFacts.issuingABankNotice().content(c -> SampleContent.aClientRequest()).build()));
    }

    @Test
    @DisplayName("R06 leaves a notice about only the partner to R14b")
    void leavesANoticeAboutOnlyThePartnerToR14b() {
        assertNotApplicable(rule.evaluate(SampleFacts.issuingABankNotice()
                .content(c -> c.subjects(SampleContent.partner("CR-9")).items(SampleContent.item(
                        InformationCategory.ACCOUNT_STATEMENTS, DESCRIPTION, PERIOD_UNDER_INVESTIGATION,
                        ClientFirstBasis.notRecorded())))
                .build()));
    }

    private RuleResult evaluate(ClientFirstBasis basis) {
        return rule.evaluate(SampleFacts.issuingABankNotice()
                .content(c -> c.items(SampleContent.item(InformationCategory.ACCOUNT_STATEMENTS, DESCRIPTION,
                        PERIOD_UNDER_INVESTIGATION, basis)))
                .build());
    }

    private static ClientAsked asked(InformationCategory category, DateRange range, String due, ClientResponse response) {
        return new ClientAsked("CR-1", category, range, LocalDate.parse("2024-08-01"), LocalDate.parse(due), response);
    }
}
