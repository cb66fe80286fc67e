package nz.integrity.request.rules;

public enum Outcome {
    PASS,
    FAIL,
    /** The rule does not concern this request at this checkpoint; the explanation says why. */
    NOT_APPLICABLE
}
