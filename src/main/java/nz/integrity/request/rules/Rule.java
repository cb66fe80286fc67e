package nz.integrity.request.rules;

/** One small, explainable check on a request. Implementations hold their thresholds, taken from the Code data. */
public interface Rule {

    /** The catalogue id, e.g. "R10"; a rule with two enforcement levels is split into "R11a" and "R11b". */
    String id();

    RuleLevel level();

    String title();

    RuleResult evaluate(RequestFacts facts);
}
