package nz.integrity.request.rules;

import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nz.integrity.party.RecipientType;
import nz.integrity.request.content.RequestStatus;
import nz.integrity.request.content.RequestType;
import nz.integrity.request.content.SampleContent;

import static nz.integrity.request.rules.Results.assertFail;
import static nz.integrity.request.rules.Results.assertNotApplicable;
import static nz.integrity.request.rules.Results.assertPass;
import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("R30 case volume")
class CaseVolumeRuleTest {

    private final Rule rule = new CaseVolumeRule(3, 2);

    @Test
    @DisplayName("R30 passes up to the threshold")
    void passesUpToTheThreshold() {
        assertPass(rule.evaluate(SampleFacts.issuingABankNotice()
                .otherRequests(notice("N1", RecipientType.EMPLOYER, "EMP-1"), notice("N2", RecipientType.BANK, "REG-BANK-002"))
                .build()));
    }

    @Test
    @DisplayName("R30 escalates the notice that goes over the case threshold")
    void escalatesTheNoticeThatGoesOverTheCaseThreshold() {
        RuleResult result = assertFail(rule.evaluate(SampleFacts.issuingABankNotice()
                .otherRequests(notice("N1", RecipientType.EMPLOYER, "EMP-1"), notice("N2", RecipientType.UTILITY, "UT-1"),
                        notice("N3", RecipientType.LANDLORD_PROPERTY_MANAGER, "LL-1"))
                .build()));
        assertEquals("This would be notice 4 on the case; more than 3 needs the approver to review the whole case plan.",
                result.explanation());
    }

    @Test
    @DisplayName("R30 escalates too many recipients of one type")
    void escalatesTooManyRecipientsOfOneType() {
        RuleResult result = assertFail(rule.evaluate(SampleFacts.issuingABankNotice()
                .otherRequests(notice("N1", RecipientType.BANK, "REG-BANK-002"), notice("N2", RecipientType.BANK, "REG-BANK-003"))
                .build()));
        assertEquals("This would be recipient 3 of type BANK on the case; more than 2 needs the approver to review the "
                + "whole case plan.", result.explanation());
    }

    @Test
    @DisplayName("R30 ignores rejected withdrawn and client requests")
    void ignoresRejectedWithdrawnAndClientRequests() {
        CaseRequestSummary rejected = new CaseRequestSummary("N1", RequestType.THIRD_PARTY_NOTICE,
                Optional.of(RecipientType.BANK), Optional.of("REG-BANK-002"), RequestStatus.REJECTED);
        CaseRequestSummary withdrawn = new CaseRequestSummary("N2", RequestType.THIRD_PARTY_NOTICE,
                Optional.of(RecipientType.BANK), Optional.of("REG-BANK-003"), RequestStatus.WITHDRAWN);
        CaseRequestSummary clientRequest = new CaseRequestSummary("CR-1", RequestType.CLIENT_REQUEST,
                Optional.empty(), Optional.empty(), RequestStatus.COMPLETE);
        RuleResult result = assertPass(rule.evaluate(SampleFacts.issuingABankNotice()
                .otherRequests(rejected, withdrawn, clientRequest, notice("N3", RecipientType.BANK, "REG-BANK-001")).build()));
        assertEquals("2", result.inputs().get("noticesOnCase"));
        assertEquals("1", result.inputs().get("recipientsOfThisType"));
    }

    @Test
    @DisplayName("R30 does not apply to a client request")
    void doesNotApplyToAClientRequest() {
        assertNotApplicable(rule.evaluate(SampleFacts.issuingABankNotice().content(c -> SampleContent.aClientRequest()).build()));
    }

    private static CaseRequestSummary notice(String reference, RecipientType type, String recipientId) {
        return new CaseRequestSummary(reference, RequestType.THIRD_PARTY_NOTICE, Optional.of(type),
                Optional.of(recipientId), RequestStatus.ISSUED);
    }
}
