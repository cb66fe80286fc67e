package nz.integrity.request;

import nz.integrity.platform.security.Role;
import nz.integrity.request.content.Approval;
import nz.integrity.request.content.NoticeTerms;
import nz.integrity.request.content.PurposeCode;
import nz.integrity.request.content.RequestContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nz.integrity.platform.ValidationException;
import nz.integrity.platform.security.CallerContext;
import nz.integrity.platform.time.NewZealandTime;
import nz.integrity.request.rules.CheckReport;
import nz.integrity.request.rules.Checkpoint;
import nz.integrity.request.rules.RuleResult;
import nz.integrity.request.rules.RuleSetCatalogue;
import nz.integrity.request.rules.StatutoryPurpose;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Evaluating the Code's rules on a request. Evaluating writes nothing: the use cases that decide at a checkpoint keep
 * their evaluation through {@link RuleEvaluationLog}, once, while the live checklist of a page or a GET is computed
 * afresh each time.
 */
@ApplicationScoped
public class RequestChecks {

    /** The rules about who the approver is, as opposed to what the request asks (R21 delegation, R22 independence). */
    private static final Set<String> APPROVER_RULES = Set.of("R21", "R22");

    @Inject
    RuleSetCatalogue catalogue;

    @Inject
    RequestFactsAssembler factsAssembler;

    @Inject
    RuleEvaluationLog evaluations;

    @Inject
    CallerContext caller;

    @Inject
    Clock clock;

    /** Evaluates the rules in force today at a checkpoint, with the given approver when there is one. */
    public CheckReport evaluate(InformationRequest request, Checkpoint checkpoint, Optional<String> approver) {
        return catalogue.applicableOn(today()).evaluate(factsAssembler.facts(request, checkpoint, today(), approver));
    }

    /** Evaluates at the issue checkpoint with the notice's own dates (R02) and the approver's current delegation. */
    public CheckReport evaluateIssue(InformationRequest request, NoticeTerms terms) {
        String approver = request.approval().map(Approval::approverId).orElse(null);
        return catalogue.applicableOn(terms.givenOn()).evaluate(factsAssembler.facts(request, Checkpoint.ISSUE,
                terms.givenOn(), Optional.ofNullable(approver), Optional.of(terms)));
    }

    /**
     * The checklist for the request's next step as of now, kept nowhere: a supervisor reading a submission sees it
     * with themselves as the approver, so the page offers a decision only when they could make it.
     */
    public CheckReport live(InformationRequest request) {
        Checkpoint checkpoint = switch (request.status()) {
            case SUBMITTED -> Checkpoint.APPROVAL;
            case APPROVED -> Checkpoint.ISSUE;
            default -> Checkpoint.SUBMISSION;
        };
        Optional<String> approver = checkpoint == Checkpoint.APPROVAL && caller.hasRole(Role.SUPERVISOR)
                ? Optional.of(caller.username()) : Optional.empty();
        return evaluate(request, checkpoint, approver);
    }

    /** The check an issued request passed when it was issued, as kept then; empty for one issued before checks were kept. */
    public Optional<CheckReport> keptAtIssue(InformationRequest request) {
        return evaluations.last(request, Checkpoint.ISSUE, catalogue);
    }

    /** Keeps the evaluation a decision was made on, as the caller's, now. */
    public void keep(InformationRequest request, CheckReport report) {
        evaluations.keep(request, report, caller.username(), clock.instant());
    }

    /** A purpose code must be one the current Code version publishes (R01); any other code is a typing mistake. */
    public void requirePublishedPurposes(RequestContent content) {
        Set<PurposeCode> published = catalogue.applicableOn(today()).purposes().stream()
                .map(StatutoryPurpose::code).collect(Collectors.toSet());
        for (PurposeCode purpose : content.purposes()) {
            if (!published.contains(purpose)) {
                throw new ValidationException("purposes", "'" + purpose + "' is not a purpose the Code publishes; use one of "
                        + published.stream().map(PurposeCode::value).sorted().toList() + ".");
            }
        }
    }

    /** The Code version in force today, which a new draft records. */
    public String codeVersionToday() {
        return catalogue.applicableOn(today()).codeVersion().id();
    }

    /** The approver rules (R21, R22) failed in an approval-checkpoint report; returns and rejections honour them too. */
    public static List<RuleResult> independenceFailures(CheckReport approverCheck) {
        return approverCheck.results().stream().filter(RuleResult::failed)
                .filter(result -> APPROVER_RULES.contains(result.ruleId())).toList();
    }

    static List<String> ruleIds(List<RuleResult> results) {
        return results.stream().map(RuleResult::ruleId).distinct().toList();
    }

    /** One line per failed rule, each a sentence that names its rule. */
    static List<String> explain(List<RuleResult> results) {
        List<String> lines = new ArrayList<>();
        for (RuleResult result : results) {
            String explanation = result.explanation().strip();
            lines.add(result.ruleId() + " " + explanation + (explanation.endsWith(".") ? "" : "."));
        }
        return lines;
    }

    private LocalDate today() {
        return NewZealandTime.today(clock);
    }
}
