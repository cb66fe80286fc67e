package nz.integrity.request.rules;

import java.util.Objects;

import nz.integrity.request.content.Text;

/** An approver's recorded reason for proceeding despite an OVERRIDE-level failure. */
public record OverrideReason(String ruleId, String recordedBy, String reason) {

    public OverrideReason {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(recordedBy, "recordedBy");
        if (Text.isBlank(reason)) {
            throw new IllegalArgumentException("An override of " + ruleId + " needs a reason in words");
        }
    }
}
