package nz.integrity.request.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nz.integrity.request.content.ClientFirstBasis.ClientAsked;
import nz.integrity.request.content.ClientResponse;
import nz.integrity.request.content.InformationCategory;
import nz.integrity.request.content.SampleContent;

import static nz.integrity.request.content.SampleContent.PERIOD_UNDER_INVESTIGATION;
import static nz.integrity.request.rules.Results.assertFail;
import static nz.integrity.request.rules.Results.assertNotApplicable;
import static nz.integrity.request.rules.Results.assertPass;
import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("R08 client deadline")
class ClientDeadlineRuleTest {

    private final Rule rule = new ClientDeadlineRule();

    @Test
    @DisplayName("R08 passes once the clients deadline has passed")
    void passesOnceTheClientsDeadlineHasPassed() {
        assertPass(rule.evaluate(SampleFacts.issuingABankNotice().build()));
    }

    @Test
    @DisplayName("R08 refuses issue on the clients last day")
    void refusesIssueOnTheClientsLastDay() {
        RuleResult result = assertFail(rule.evaluate(waitingForClient(ClientResponse.PENDING).on(LocalDate.parse("2024-09-20")).build()));
        assertEquals("The client has until 2024-09-20 to respond about item 1 (account statements). The notice cannot "
                + "be issued before then unless the client answers.", result.explanation());
    }

    @Test
    @DisplayName("R08 allows issue once the client has declined")
    void allowsIssueOnceTheClientHasDeclined() {
        assertPass(rule.evaluate(waitingForClient(ClientResponse.DECLINED).on(LocalDate.parse("2024-09-13")).build()));
    }

    @Test
    @DisplayName("R08 is checked only at issue")
    void isCheckedOnlyAtIssue() {
        assertNotApplicable(rule.evaluate(waitingForClient(ClientResponse.PENDING).at(Checkpoint.APPROVAL).build()));
    }

    @Test
    @DisplayName("R08 does not apply when no item relies on asking the client")
    void doesNotApplyWhenNoItemReliesOnAskingTheClient() {
        assertNotApplicable(rule.evaluate(SampleFacts.issuingABankNotice()
                .content(c -> c.items(SampleContent.item(InformationCategory.ACCOUNT_STATEMENTS, "Statements",
                        PERIOD_UNDER_INVESTIGATION, SampleContent.genuineException())))
                .build()));
    }

    private static SampleFacts waitingForClient(ClientResponse response) {
        ClientAsked asked = new ClientAsked("CR-2", InformationCategory.ACCOUNT_STATEMENTS, PERIOD_UNDER_INVESTIGATION,
                LocalDate.parse("2024-09-06"), LocalDate.parse("2024-09-20"), response);
        return SampleFacts.issuingABankNotice().content(c -> c.items(SampleContent.item(
                InformationCategory.ACCOUNT_STATEMENTS, "Statements", PERIOD_UNDER_INVESTIGATION, asked)));
    }
}
