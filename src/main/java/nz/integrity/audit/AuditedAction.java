package nz.integrity.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a service says it did, before the audit trail stamps it with time, actor and origin ({@link AuditEntry})
 * and chains it ({@link AuditEvent}).
 * Immutable: each "with" method returns a new entry, so an entry can be built fluently and shared safely.
 */
public final class AuditedAction {

    private final String action;
    private final String objectType;
    private final String objectId;
    private final Outcome outcome;
    private final String reason;
    private final String actor;
    private final Map<String, Object> details;

    private AuditedAction(String action, String objectType, String objectId, Outcome outcome, String reason,
                       String actor, Map<String, Object> details) {
        this.action = requireText(action, "action");
        this.objectType = requireText(objectType, "objectType");
        this.objectId = objectId;
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.reason = reason;
        this.actor = actor;
        this.details = Collections.unmodifiableMap(details);
    }

    public static AuditedAction of(String action, String objectType, String objectId) {
        return new AuditedAction(action, objectType, objectId, Outcome.SUCCESS, null, null, new LinkedHashMap<>());
    }

    public AuditedAction succeeded() {
        return new AuditedAction(action, objectType, objectId, Outcome.SUCCESS, reason, actor, copy());
    }

    public AuditedAction failed(String why) {
        return new AuditedAction(action, objectType, objectId, Outcome.FAILURE, why, actor, copy());
    }

    public AuditedAction denied(String why) {
        return new AuditedAction(action, objectType, objectId, Outcome.DENIED, why, actor, copy());
    }

    public AuditedAction because(String why) {
        return new AuditedAction(action, objectType, objectId, outcome, why, actor, copy());
    }

    /** Names the actor explicitly, for events that happen before the container knows the caller (logon). */
    public AuditedAction by(String actingUsername) {
        return new AuditedAction(action, objectType, objectId, outcome, reason, actingUsername, copy());
    }

    public AuditedAction with(String key, Object value) {
        Map<String, Object> copy = copy();
        copy.put(requireText(key, "key"), value);
        return new AuditedAction(action, objectType, objectId, outcome, reason, actor, copy);
    }

    public String action() {
        return action;
    }

    public String objectType() {
        return objectType;
    }

    public String objectId() {
        return objectId;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String reason() {
        return reason;
    }

    public String actor() {
        return actor;
    }

    public Map<String, Object> details() {
        return details;
    }

    private Map<String, Object> copy() {
        return new LinkedHashMap<>(details);
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }
}
