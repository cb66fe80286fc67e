package nz.integrity.platform;

import java.util.List;

/** A rule or the current state forbids the action (REST 409). Rule ids let the caller see which rules. */
public class BusinessRuleException extends RuntimeException {

    private final List<String> ruleIds;

    public BusinessRuleException(String message) {
        this(message, List.of());
    }

    public BusinessRuleException(String message, List<String> ruleIds) {
        super(message);
        this.ruleIds = List.copyOf(ruleIds);
    }

    public List<String> ruleIds() {
        return ruleIds;
    }
}
