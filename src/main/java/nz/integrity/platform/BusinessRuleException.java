package nz.integrity.platform;

import java.util.List;

/** A rule or the current state forbids the action (REST 409). Rule ids let the caller see which rules. */
public class BusinessRuleException extends RuntimeException {

    private final List<String> ruleIds;
    private final String summary;
    private final List<String> breaches;

    public BusinessRuleException(String message) {
        this(message, List.of());
    }

    public BusinessRuleException(String message, List<String> ruleIds) {
        super(message);
        this.ruleIds = List.copyOf(ruleIds);
        this.summary = message;
        this.breaches = List.of();
    }

    /**
     * A refusal that several rules explain: pages show the summary and one line per breach; the message (REST)
     * joins them.
     */
    public BusinessRuleException(String summary, List<String> ruleIds, List<String> breaches) {
        super(summary + " " + String.join(" ", breaches));
        this.ruleIds = List.copyOf(ruleIds);
        this.summary = summary;
        this.breaches = List.copyOf(breaches);
    }

    public String summary() {
        return summary;
    }

    /** One sentence per broken rule, each naming its rule; empty when the message says it all. */
    public List<String> breaches() {
        return breaches;
    }

    public List<String> ruleIds() {
        return ruleIds;
    }
}
