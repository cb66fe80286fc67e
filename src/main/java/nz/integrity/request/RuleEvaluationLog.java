package nz.integrity.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import nz.integrity.platform.json.CanonicalJson;
import nz.integrity.platform.time.NewZealandTime;
import nz.integrity.request.content.Approval;
import nz.integrity.request.rules.CheckReport;
import nz.integrity.request.rules.Checkpoint;
import nz.integrity.request.rules.Outcome;
import nz.integrity.request.rules.Rule;
import nz.integrity.request.rules.RuleLevel;
import nz.integrity.request.rules.RuleResult;
import nz.integrity.request.rules.RuleSetCatalogue;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Keeps every rule result with its inputs, so any decision can be explained later. Insert-only. */
@ApplicationScoped
public class RuleEvaluationLog {

    @PersistenceContext
    EntityManager em;

    /**
     * Keeps one evaluation: every rule result of the report, sent as one JDBC batch. Called once per checkpoint a
     * request passes or is refused at (submission, approval or its refusal, issue); live checklists are not kept.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keep(InformationRequest request, CheckReport report, String evaluatedBy, Instant at) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into rule_evaluation (request_id, "
                    + "content_version, checkpoint, code_version, rule_id, rule_level, outcome, explanation, inputs_json, "
                    + "evaluated_by, evaluated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                OffsetDateTime evaluatedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
                for (RuleResult result : report.results()) {
                    insert.setLong(1, request.id());
                    insert.setInt(2, request.contentVersion());
                    insert.setString(3, report.checkpoint().name());
                    insert.setString(4, report.codeVersionId());
                    insert.setString(5, result.ruleId());
                    insert.setString(6, result.level().name());
                    insert.setString(7, result.outcome().name());
                    insert.setString(8, truncate(result.explanation()));
                    insert.setString(9, CanonicalJson.write(result.inputs()));
                    insert.setString(10, evaluatedBy);
                    insert.setObject(11, evaluatedAt);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /**
     * The last kept evaluation of a request at one checkpoint, as it was then: an issued request shows the check it
     * was issued on, not a new one. Rule titles come from the Code version evaluated; inputs are not re-read.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CheckReport> last(InformationRequest request, Checkpoint checkpoint, RuleSetCatalogue catalogue) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select e.code_version, e.rule_id, e.rule_level, e.outcome, e.explanation, "
                        + "e.evaluated_at from rule_evaluation e where e.request_id = ?1 and e.checkpoint = ?2 "
                        + "and e.evaluated_at = (select max(l.evaluated_at) from rule_evaluation l "
                        + "where l.request_id = ?1 and l.checkpoint = ?2) order by e.id")
                .setParameter(1, request.id()).setParameter(2, checkpoint.name()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String codeVersion = (String) rows.get(0)[0];
        Map<String, String> titles = catalogue.version(codeVersion).map(set -> set.rules().stream()
                .collect(Collectors.toMap(Rule::id, Rule::title, (a, b) -> a))).orElse(Map.of());
        List<RuleResult> results = rows.stream().map(row -> new RuleResult((String) row[1], RuleLevel.valueOf((String) row[2]),
                titles.getOrDefault((String) row[1], (String) row[1]), Outcome.valueOf((String) row[3]), (String) row[4],
                Map.of())).toList();
        LocalDate evaluatedOn = LocalDate.ofInstant(instantOf(rows.get(0)[5]), NewZealandTime.ZONE);
        return Optional.of(new CheckReport(request.reference(), codeVersion, checkpoint, evaluatedOn,
                request.approval().map(Approval::approverId), results));
    }

    private static Instant instantOf(Object timestamp) {
        if (timestamp instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (timestamp instanceof java.sql.Timestamp sql) {
            return sql.toInstant();
        }
        return (Instant) timestamp;
    }

    private static String truncate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }
}
