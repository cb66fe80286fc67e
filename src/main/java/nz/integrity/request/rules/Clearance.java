package nz.integrity.request.rules;

import java.util.List;

/**
 * What still stands between a request and its next step, once recorded override reasons and acknowledgements
 * are taken into account. Clear only when all three lists are empty.
 */
public record Clearance(
        List<RuleResult> blocking,
        List<RuleResult> overridesWithoutReason,
        List<RuleResult> unacknowledgedWarnings) {

    public Clearance {
        blocking = List.copyOf(blocking);
        overridesWithoutReason = List.copyOf(overridesWithoutReason);
        unacknowledgedWarnings = List.copyOf(unacknowledgedWarnings);
    }

    public boolean isClear() {
        return blocking.isEmpty() && overridesWithoutReason.isEmpty() && unacknowledgedWarnings.isEmpty();
    }
}
