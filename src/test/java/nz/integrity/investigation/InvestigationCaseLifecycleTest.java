package nz.integrity.investigation;

import nz.integrity.platform.BusinessRuleException;
import nz.integrity.platform.ValidationException;
import nz.integrity.staff.DelegatedAuthority;
import nz.integrity.staff.Team;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InvestigationCaseLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-11-24T01:00:00Z");
    private static final Decider INVESTIGATOR = new Decider("ivy", false, Set.of());
    private static final Decider SUPERVISOR = new Decider("sam", true, EnumSet.allOf(DelegatedAuthority.class));
    private static final Decider SUPERVISOR_WITHOUT_DELEGATION = new Decider("sue", true, Set.of());

    private static InvestigationCase newCase() {
        return new InvestigationCase(CaseReference.of(2026, 1),
                new Referral(ReferralSource.PUBLIC_ALLEGATION, null, AllegationType.RELATIONSHIP,
                        "Lives with a working partner", new PeriodUnderInvestigation(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))),
                new Team("NORTH", "North"), NOW);
    }

    private static InvestigationCase investigating() {
        InvestigationCase c = newCase();
        c.decide(CaseAction.START_TRIAGE, INVESTIGATOR, "specific allegation", null, null, NOW);
        c.decide(CaseAction.PROPOSE_INVESTIGATION, INVESTIGATOR, "records support it", null, null, NOW);
        c.decide(CaseAction.APPROVE_INVESTIGATION, SUPERVISOR, "proportionate to investigate", null, null, NOW);
        return c;
    }

    @Test
    void fullPathFromReferralToClosedWithOutcome() {
        InvestigationCase c = investigating();
        assertEquals(CaseStatus.INVESTIGATING, c.status());
        CaseDecision proposal = c.decide(CaseAction.PROPOSE_OUTCOME, INVESTIGATOR, "overpayment calculated",
                CaseOutcome.OVERPAYMENT_ESTABLISHED, null, NOW);
        assertEquals(CaseOutcome.OVERPAYMENT_ESTABLISHED, proposal.outcome().orElseThrow());
        assertTrue(c.outcome().isEmpty(), "a proposal is not yet the case's outcome");
        CaseDecision decision = c.decide(CaseAction.DECIDE_OUTCOME, SUPERVISOR, "agree with the assessment",
                CaseOutcome.OVERPAYMENT_ESTABLISHED, null, NOW);
        assertEquals(CaseStatus.CLOSED, c.status());
        assertEquals(CaseOutcome.OVERPAYMENT_ESTABLISHED, c.outcome().orElseThrow());
        assertEquals(CaseStatus.OUTCOME_PROPOSED, decision.fromStatus());
        assertEquals("SUPERVISOR", decision.decidedRole());
    }

    @Test
    void triageCanCloseWithNoFurtherAction() {
        InvestigationCase c = newCase();
        c.decide(CaseAction.START_TRIAGE, INVESTIGATOR, "looking at it", null, null, NOW);
        c.decide(CaseAction.CLOSE_AT_TRIAGE, INVESTIGATOR, "allegation too vague to act on", null, null, NOW);
        assertEquals(CaseStatus.CLOSED_NO_FURTHER_ACTION, c.status());
    }

    @Test
    void supervisorCanDeclineAProposedInvestigation() {
        InvestigationCase c = newCase();
        c.decide(CaseAction.START_TRIAGE, INVESTIGATOR, "looking at it", null, null, NOW);
        c.decide(CaseAction.PROPOSE_INVESTIGATION, INVESTIGATOR, "records support it", null, null, NOW);
        c.decide(CaseAction.DECLINE_INVESTIGATION, SUPERVISOR, "not proportionate", null, null, NOW);
        assertEquals(CaseStatus.CLOSED_NO_FURTHER_ACTION, c.status());
    }

    @ParameterizedTest
    @EnumSource(value = CaseAction.class, names = {"APPROVE_INVESTIGATION", "DECLINE_INVESTIGATION"})
    void openingDecisionsAreTheSupervisors(CaseAction action) {
        InvestigationCase c = newCase();
        c.decide(CaseAction.START_TRIAGE, INVESTIGATOR, "looking at it", null, null, NOW);
        c.decide(CaseAction.PROPOSE_INVESTIGATION, INVESTIGATOR, "records support it", null, null, NOW);
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> c.decide(action, INVESTIGATOR, "I approve my own", null, null, NOW));
        assertTrue(refused.getMessage().contains("supervisor"));
        assertEquals(CaseStatus.INVESTIGATION_PROPOSED, c.status());
    }

    @Test
    void outcomeDecisionNeedsADelegationInForce() {
        InvestigationCase c = investigating();
        c.decide(CaseAction.PROPOSE_OUTCOME, INVESTIGATOR, "no overpayment found", CaseOutcome.NO_OVERPAYMENT, null, NOW);
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> c.decide(CaseAction.DECIDE_OUTCOME,
                SUPERVISOR_WITHOUT_DELEGATION, "agree", CaseOutcome.NO_OVERPAYMENT, null, NOW));
        assertTrue(refused.getMessage().contains("delegation"));
    }

    @Test
    void openingAnInvestigationNeedsADelegationInForce() {
        InvestigationCase c = newCase();
        c.decide(CaseAction.START_TRIAGE, INVESTIGATOR, "looking at it", null, null, NOW);
        c.decide(CaseAction.PROPOSE_INVESTIGATION, INVESTIGATOR, "records support it", null, null, NOW);
        assertThrows(BusinessRuleException.class, () -> c.decide(CaseAction.APPROVE_INVESTIGATION,
                SUPERVISOR_WITHOUT_DELEGATION, "fine", null, null, NOW));
    }

    @Test
    void illegalMovesAreRefusedWithTheCurrentStatusInTheMessage() {
        InvestigationCase c = newCase();
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> c.decide(CaseAction.PROPOSE_OUTCOME, INVESTIGATOR, "jumping ahead", CaseOutcome.WARNING, null, NOW));
        assertTrue(refused.getMessage().contains("referral"), refused.getMessage());
        assertEquals(CaseStatus.REFERRAL, c.status());
    }

    @Test
    void everyMoveNeedsAReason() {
        InvestigationCase c = newCase();
        ValidationException refused = assertThrows(ValidationException.class,
                () -> c.decide(CaseAction.START_TRIAGE, INVESTIGATOR, " ok ", null, null, NOW));
        assertTrue(refused.fieldMessages().containsKey("reason"));
        assertEquals(CaseStatus.REFERRAL, c.status());
    }

    @Test
    void outcomesMustBeNamed() {
        InvestigationCase c = investigating();
        ValidationException refused = assertThrows(ValidationException.class,
                () -> c.decide(CaseAction.PROPOSE_OUTCOME, INVESTIGATOR, "done here", null, null, NOW));
        assertTrue(refused.fieldMessages().containsKey("outcome"));
    }

    @Test
    void suspensionRemembersWhereTheCaseWasAndResumesThere() {
        InvestigationCase c = investigating();
        c.decide(CaseAction.SUSPEND, INVESTIGATOR, "client in hospital", null, LocalDate.of(2027, 1, 15), NOW);
        assertEquals(CaseStatus.SUSPENDED, c.status());
        assertEquals(CaseStatus.INVESTIGATING, c.suspendedFrom().orElseThrow());
        c.decide(CaseAction.RESUME, INVESTIGATOR, "client discharged", null, null, NOW);
        assertEquals(CaseStatus.INVESTIGATING, c.status());
        assertTrue(c.suspendedFrom().isEmpty());
        assertTrue(c.suspensionReviewDate().isEmpty());
    }

    @Test
    void suspensionNeedsAFutureReviewDate() {
        InvestigationCase c = investigating();
        assertThrows(ValidationException.class,
                () -> c.decide(CaseAction.SUSPEND, INVESTIGATOR, "on hold for now", null, null, NOW));
        assertThrows(ValidationException.class,
                () -> c.decide(CaseAction.SUSPEND, INVESTIGATOR, "on hold for now", null, LocalDate.of(2026, 11, 24), NOW));
        assertEquals(CaseStatus.INVESTIGATING, c.status());
    }

    @Test
    void closedCasesAreReopenedOnlyByASupervisorAndLoseTheirOutcome() {
        InvestigationCase c = investigating();
        c.decide(CaseAction.PROPOSE_OUTCOME, INVESTIGATOR, "warning is enough", CaseOutcome.WARNING, null, NOW);
        c.decide(CaseAction.DECIDE_OUTCOME, SUPERVISOR, "agreed", CaseOutcome.WARNING, null, NOW);
        assertThrows(BusinessRuleException.class, () -> c.decide(CaseAction.REOPEN, INVESTIGATOR, "new facts", null, null, NOW));
        c.decide(CaseAction.REOPEN, SUPERVISOR, "new information from the client", null, null, NOW);
        assertEquals(CaseStatus.REOPENED, c.status());
        assertTrue(c.outcome().isEmpty());
        assertThrows(BusinessRuleException.class, () -> c.decide(CaseAction.REOPEN, SUPERVISOR, "reopen again", null, null, NOW));
    }

    @Test
    void closedCasesCannotBeSuspended() {
        assertFalse(CaseAction.SUSPEND.isAllowedFrom(CaseStatus.CLOSED));
        assertFalse(CaseAction.SUSPEND.isAllowedFrom(CaseStatus.CLOSED_NO_FURTHER_ACTION));
        assertFalse(CaseAction.SUSPEND.isAllowedFrom(CaseStatus.SUSPENDED));
    }

    @Test
    void targetStatusesMapToActions() {
        assertEquals(CaseAction.APPROVE_INVESTIGATION,
                CaseAction.between(CaseStatus.INVESTIGATION_PROPOSED, CaseStatus.INVESTIGATING, null).orElseThrow());
        assertEquals(CaseAction.RESUME,
                CaseAction.between(CaseStatus.SUSPENDED, CaseStatus.TRIAGE, CaseStatus.TRIAGE).orElseThrow());
        assertTrue(CaseAction.between(CaseStatus.REFERRAL, CaseStatus.CLOSED, null).isEmpty());
    }

    @Test
    void referralsValidateEverythingAtOnce() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> new Referral(ReferralSource.DATA_MATCH, " ", null, "short", null));
        assertEquals(Set.of("dataMatchChannel", "allegationType", "allegationSummary", "period"),
                refused.fieldMessages().keySet());
    }

    @Test
    void referencesHaveTheDocumentedFormat() {
        assertEquals("INV-2026-000042", CaseReference.of(2026, 42).value());
        assertThrows(IllegalArgumentException.class, () -> new CaseReference("INV-26-42"));
        assertThrows(IllegalArgumentException.class, () -> CaseReference.of(2026, 1_000_000));
    }
}
