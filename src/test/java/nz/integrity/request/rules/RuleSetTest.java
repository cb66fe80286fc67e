package nz.integrity.request.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nz.integrity.request.content.RequestTransition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RuleSetTest {

    private static final CodeVersion CODE = new CodeVersion("C1", "Code one", LocalDate.parse("2021-03-01"), Optional.empty());

    @Test
    void evaluatesEveryRuleAndStampsTheReport() {
        RuleSet ruleSet = new RuleSet(CODE, List.of(new BoundedRangeRule(), new DuplicationRule()));
        CheckReport report = ruleSet.evaluate(SampleFacts.approvingABankNotice().build());
        assertEquals(List.of("R11a", "R31"), report.results().stream().map(RuleResult::ruleId).toList());
        assertEquals("C1", report.codeVersionId());
        assertEquals(Checkpoint.APPROVAL, report.checkpoint());
        assertEquals(SampleFacts.TODAY, report.evaluatedOn());
        assertEquals(Optional.of(SampleFacts.APPROVER), report.approverId());
        assertEquals("REQ-2024-0101", report.requestReference());
    }

    @Test
    void eachCheckpointGuardsTheTransitionItIsEvaluatedFor() {
        assertEquals(RequestTransition.SUBMIT, Checkpoint.SUBMISSION.guards());
        assertEquals(RequestTransition.APPROVE, Checkpoint.APPROVAL.guards());
        assertEquals(RequestTransition.ISSUE, Checkpoint.ISSUE.guards());
    }

    @Test
    void refusesTwoRulesWithOneId() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RuleSet(CODE, List.of(new BoundedRangeRule(), new BoundedRangeRule())));
        assertEquals("Rule id R11a appears twice in Code C1", e.getMessage());
    }

    @Test
    void aResultCarriesTheRulesIdentity() {
        Rule rule = new BoundedRangeRule();
        RuleResult result = RuleResult.fail(rule, "why", Map.of("k", "v"));
        assertEquals("R11a", result.ruleId());
        assertEquals(RuleLevel.HARD, result.level());
        assertEquals(rule.title(), result.title());
    }
}
