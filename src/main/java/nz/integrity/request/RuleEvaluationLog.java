package nz.integrity.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import nz.integrity.audit.CanonicalJson;
import nz.integrity.request.rules.CheckReport;
import nz.integrity.request.rules.RuleResult;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Keeps every rule result with its inputs, so any decision can be explained later. Insert-only. */
@ApplicationScoped
public class RuleEvaluationLog {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void keep(InformationRequest request, CheckReport report, String evaluatedBy, Instant at) {
        for (RuleResult result : report.results()) {
            em.createNativeQuery("insert into rule_evaluation (request_id, content_version, checkpoint, code_version, "
                            + "rule_id, rule_level, outcome, explanation, inputs_json, evaluated_by, evaluated_at) "
                            + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
                    .setParameter(1, request.id())
                    .setParameter(2, request.contentVersion())
                    .setParameter(3, report.checkpoint().name())
                    .setParameter(4, report.codeVersionId())
                    .setParameter(5, result.ruleId())
                    .setParameter(6, result.level().name())
                    .setParameter(7, result.outcome().name())
                    .setParameter(8, truncate(result.explanation()))
                    .setParameter(9, CanonicalJson.write(result.inputs()))
                    .setParameter(10, evaluatedBy)
                    .setParameter(11, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                    .executeUpdate();
        }
    }

    private static String truncate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }
}
