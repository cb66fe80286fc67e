package nz.integrity.request;

import nz.integrity.request.rules.CheckReport;
import nz.integrity.request.rules.Checkpoint;
import nz.integrity.request.rules.Outcome;
import nz.integrity.request.rules.RuleLevel;
import nz.integrity.request.rules.RuleResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RequestChecksTest {

    private static RuleResult result(String id, RuleLevel level, Outcome outcome, String explanation) {
        return new RuleResult(id, level, id + " title", outcome, explanation, Map.of());
    }

    @Test
    void aRefusalExplainsEachFailedRuleInOneSentenceNamingIt() {
        List<RuleResult> failed = List.of(
                result("R06", RuleLevel.HARD, Outcome.FAIL, "  The item names no specific records "),
                result("R12", RuleLevel.HARD, Outcome.FAIL, "The necessity statement is too short."));
        assertEquals(List.of("R06 The item names no specific records.", "R12 The necessity statement is too short."),
                RequestChecks.explain(failed));
    }

    @Test
    void ruleIdsAreListedOnceEachInOrder() {
        assertEquals(List.of("R14a", "R07"), RequestChecks.ruleIds(List.of(
                result("R14a", RuleLevel.HARD, Outcome.FAIL, "a"), result("R07", RuleLevel.OVERRIDE, Outcome.FAIL, "b"),
                result("R14a", RuleLevel.HARD, Outcome.FAIL, "c"))));
    }

    @Test
    @DisplayName("R21 R22 only the failed approver rules stand in the way of a return or rejection")
    void independenceFailuresAreTheFailedApproverRulesOnly() {
        RuleResult r21 = result("R21", RuleLevel.HARD, Outcome.FAIL, "No delegation in force.");
        RuleResult r22 = result("R22", RuleLevel.HARD, Outcome.PASS, "Independent.");
        RuleResult r06 = result("R06", RuleLevel.HARD, Outcome.FAIL, "Not specific.");
        CheckReport report = new CheckReport("REQ-2026-000001", "2026.1", Checkpoint.APPROVAL, LocalDate.of(2026, 12, 3),
                Optional.of("sam"), List.of(r06, r21, r22));
        assertEquals(List.of(r21), RequestChecks.independenceFailures(report));
    }
}
