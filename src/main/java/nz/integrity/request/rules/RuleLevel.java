package nz.integrity.request.rules;

/** What a failure of a rule means (domain §0). */
public enum RuleLevel {
    /** The transition is refused and nobody can override it. */
    HARD,
    /** Blocked unless the approver records a reason, which is logged and reported. */
    OVERRIDE,
    /** Shown, and the user's acknowledgement is recorded. */
    WARN
}
