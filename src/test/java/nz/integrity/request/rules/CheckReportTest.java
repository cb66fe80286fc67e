package nz.integrity.request.rules;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckReportTest {

    private static final RuleResult HARD_FAIL = result("R10", RuleLevel.HARD, Outcome.FAIL);
    private static final RuleResult OVERRIDE_FAIL = result("R11b", RuleLevel.OVERRIDE, Outcome.FAIL);
    private static final RuleResult WARN_FAIL = result("R31", RuleLevel.WARN, Outcome.FAIL);
    private static final RuleResult HARD_PASS = result("R01", RuleLevel.HARD, Outcome.PASS);
    private static final RuleResult OVERRIDE_NOT_APPLICABLE = result("R07", RuleLevel.OVERRIDE, Outcome.NOT_APPLICABLE);

    @Test
    void sortsFailuresByWhatTheyNeed() {
        CheckReport report = report(Checkpoint.APPROVAL, HARD_FAIL, OVERRIDE_FAIL, WARN_FAIL, HARD_PASS, OVERRIDE_NOT_APPLICABLE);
        assertEquals(List.of(HARD_FAIL), report.blockingFailures());
        assertEquals(List.of(OVERRIDE_FAIL), report.failuresNeedingOverrideReason());
        assertEquals(List.of(WARN_FAIL), report.warningsNeedingAcknowledgement());
        assertTrue(report.isBlocked());
        assertEquals(Optional.of(HARD_PASS), report.resultOf("R01"));
    }

    @Test
    void aHardFailureBlocksWhateverIsRecorded() {
        CheckReport report = report(Checkpoint.APPROVAL, HARD_FAIL);
        Clearance clearance = report.clearance(List.of(new OverrideReason("R10", "sup-wiremu", "I insist")), Set.of("R10"));
        assertFalse(clearance.isClear());
        assertEquals(List.of(HARD_FAIL), clearance.blocking());
    }

    @Test
    void anOverrideNeedsTheApproversReason() {
        CheckReport report = report(Checkpoint.APPROVAL, OVERRIDE_FAIL);
        assertEquals(List.of(OVERRIDE_FAIL), report.clearance(List.of(), Set.of()).overridesWithoutReason());
        assertTrue(report.clearance(List.of(new OverrideReason("R11b", "sup-wiremu",
                "Deposits began before the period; one extra month needed.")), Set.of()).isClear());
    }

    @Test
    void aReasonRecordedBySomeoneOtherThanTheApproverDoesNotCount() {
        CheckReport report = report(Checkpoint.APPROVAL, OVERRIDE_FAIL);
        Clearance clearance = report.clearance(List.of(new OverrideReason("R11b", "inv-anna", "Trust me")), Set.of());
        assertEquals(List.of(OVERRIDE_FAIL), clearance.overridesWithoutReason());
    }

    @Test
    void aReasonForAnotherRuleDoesNotCount() {
        CheckReport report = report(Checkpoint.APPROVAL, OVERRIDE_FAIL);
        assertFalse(report.clearance(List.of(new OverrideReason("R17", "sup-wiremu", "Reason")), Set.of()).isClear());
    }

    @Test
    void overridesAreForTheApproverSoTheyDoNotHoldUpSubmission() {
        CheckReport report = new CheckReport("REQ-1", "CODE", Checkpoint.SUBMISSION, LocalDate.parse("2024-09-11"),
                Optional.empty(), List.of(OVERRIDE_FAIL));
        assertTrue(report.clearance(List.of(), Set.of()).isClear());
        assertEquals(List.of(OVERRIDE_FAIL), report.failuresNeedingOverrideReason());
    }

    @Test
    void withoutAnApproverNoOverrideReasonCounts() {
        CheckReport report = new CheckReport("REQ-1", "CODE", Checkpoint.APPROVAL, LocalDate.parse("2024-09-11"),
                Optional.empty(), List.of(OVERRIDE_FAIL));
        assertFalse(report.clearance(List.of(new OverrideReason("R11b", "sup-wiremu", "Reason")), Set.of()).isClear());
    }

    @Test
    void aWarningNeedsAcknowledgement() {
        CheckReport report = report(Checkpoint.SUBMISSION, WARN_FAIL);
        assertEquals(List.of(WARN_FAIL), report.clearance(List.of(), Set.of()).unacknowledgedWarnings());
        assertTrue(report.clearance(List.of(), Set.of("R31")).isClear());
    }

    @Test
    void anOverrideReasonMustSaySomething() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new OverrideReason("R07", "sup-wiremu", "  \n "));
        assertEquals("An override of R07 needs a reason in words", e.getMessage());
    }

    @Test
    void resultsKeepTheirInputsInReadingOrderAndCannotBeChanged() {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("b", "2");
        inputs.put("a", "1");
        RuleResult result = new RuleResult("R02", RuleLevel.HARD, "t", Outcome.PASS, "why", inputs);
        assertEquals(List.of("b", "a"), List.copyOf(result.inputs().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> result.inputs().put("c", "3"));
    }

    private static CheckReport report(Checkpoint checkpoint, RuleResult... results) {
        return new CheckReport("REQ-1", "CODE", checkpoint, LocalDate.parse("2024-09-11"), Optional.of("sup-wiremu"),
                List.of(results));
    }

    private static RuleResult result(String id, RuleLevel level, Outcome outcome) {
        return new RuleResult(id, level, "title " + id, outcome, "because", Map.of());
    }
}
