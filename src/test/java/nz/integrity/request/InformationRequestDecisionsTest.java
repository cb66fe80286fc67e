package nz.integrity.request;

import nz.integrity.request.content.ApprovedContentHash;
import nz.integrity.request.content.IllegalTransitionException;
import nz.integrity.request.content.RequestStatus;
import nz.integrity.request.content.SampleContent;
import nz.integrity.investigation.AllegationType;
import nz.integrity.investigation.CaseReference;
import nz.integrity.investigation.InvestigationCase;
import nz.integrity.investigation.PeriodUnderInvestigation;
import nz.integrity.investigation.Referral;
import nz.integrity.investigation.ReferralSource;
import nz.integrity.platform.BusinessRuleException;
import nz.integrity.staff.Team;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The request aggregate records its own decisions: verdicts and overrides are children written with it. */
class InformationRequestDecisionsTest {

    private static final Instant DRAFTED = Instant.parse("2026-11-24T01:00:00Z");
    private static final Instant DECIDED = Instant.parse("2026-11-25T02:00:00Z");
    private static final LocalDate EXPIRES = LocalDate.of(2026, 12, 23);

    private static InformationRequest submitted() {
        InvestigationCase investigationCase = new InvestigationCase(CaseReference.of(2026, 1),
                new Referral(ReferralSource.PUBLIC_ALLEGATION, null, AllegationType.RELATIONSHIP,
                        "Lives with a working partner", new PeriodUnderInvestigation(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))),
                new Team("NORTH", "North"), DRAFTED);
        InformationRequest request = new InformationRequest("REQ-2026-000001", investigationCase,
                SampleContent.aBankNotice().build(), "2026.1", "ivy", DRAFTED);
        request.submit(DRAFTED);
        return request;
    }

    @Test
    @DisplayName("R26 an approval records its verdict bound to the hash of the content approved, with each override and acknowledgement")
    void approvalRecordsItsVerdictOverridesAndAcknowledgements() {
        InformationRequest request = submitted();
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("R07", "The facts recorded justify not asking first");
        ApprovedContentHash hash = request.approve("sam", DECIDED, EXPIRES, "Proportionate", overrides,
                Map.of("R31", "acknowledged: a warning"));

        Verdict verdict = request.latestVerdict().orElseThrow();
        assertEquals(Verdict.Kind.APPROVED, verdict.kind());
        assertEquals(1, verdict.submissionNumber());
        assertEquals("sam", verdict.decidedBy());
        assertEquals(DECIDED, verdict.decidedAt());
        assertEquals("Proportionate", verdict.reason());
        assertEquals(hash.hex(), verdict.contentHash());
        assertTrue(hash.matches(request.content()));

        List<RuleOverride> recorded = request.overrides();
        assertEquals(List.of("R07", "R31"), recorded.stream().map(RuleOverride::ruleId).toList());
        assertEquals(List.of(RuleOverride.Kind.OVERRIDE, RuleOverride.Kind.ACKNOWLEDGEMENT),
                recorded.stream().map(RuleOverride::kind).toList());
        assertEquals("The facts recorded justify not asking first", recorded.get(0).reason());
        assertTrue(recorded.stream().allMatch(o -> o.submissionNumber() == 1 && o.recordedBy().equals("sam")));
    }

    @Test
    @DisplayName("R22 an editor's approval is refused and records nothing")
    void anEditorsApprovalRecordsNothing() {
        InformationRequest request = submitted();
        assertThrows(BusinessRuleException.class, () -> request.approve("ivy", DECIDED, EXPIRES, "Mine", Map.of(), Map.of()));
        assertTrue(request.latestVerdict().isEmpty());
        assertTrue(request.overrides().isEmpty());
        assertEquals(RequestStatus.SUBMITTED, request.status());
    }

    @Test
    void verdictsOfEverySubmissionAreListedNewestFirst() {
        InformationRequest request = submitted();
        request.returnForRework("sam", DECIDED, "Narrow the period");
        request.revise(SampleContent.aBankNotice().build(), "ivy", DECIDED);
        request.submit(DECIDED);
        request.reject("sam", DECIDED.plusSeconds(60), "Not necessary after all");

        assertEquals(List.of(2, 1), request.verdicts().stream().map(Verdict::submissionNumber).toList());
        assertEquals(List.of(Verdict.Kind.REJECTED, Verdict.Kind.RETURNED), request.verdicts().stream().map(Verdict::kind).toList());
        assertEquals(new RequestVerdict(1, "RETURNED", "sam", DECIDED, "Narrow the period"), request.verdicts().get(1).view());
        assertEquals(Verdict.Kind.REJECTED, request.latestVerdict().orElseThrow().kind());
        assertEquals(ApprovedContentHash.of(request.content()).hex(), request.latestVerdict().orElseThrow().contentHash(),
                "a return or rejection names the content it was made on");
    }

    @Test
    void aSecondDecisionOnTheSameSubmissionIsRefusedBeforeAnythingIsRecorded() {
        InformationRequest request = submitted();
        request.returnForRework("sam", DECIDED, "Narrow the period");
        assertThrows(IllegalTransitionException.class, () -> request.reject("sue", DECIDED, "Too late"));
        assertEquals(1, request.verdicts().size(), "the lost race leaves one verdict");
    }
}
