package nz.integrity.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Pattern;
import nz.integrity.platform.json.CanonicalJson;

/**
 * What happened, before it has a place in the chain. {@link AuditChain} turns an entry into an
 * {@link AuditEvent} by giving it a seq, the previous hash and its own hash.
 *
 * @param occurredAt when it happened; truncated here to microseconds, the precision the database keeps
 * @param actor      username, or {@code "anonymous"} / {@code "system"}
 * @param actorRole  role the actor acted in
 * @param action     UPPER_SNAKE_CASE code, e.g. {@code PERSONAL_INFO_VIEWED}
 * @param objectType UPPER_SNAKE_CASE code of the affected object's type, e.g. {@code CASE}
 * @param objectId   affected object's id, or null when the action has no single object (e.g. a search)
 * @param outcome    success, failure or denial
 * @param reason     free text (e.g. purpose of access, denial reason) or null
 * @param origin     where the request came from: client IP, {@code "system"}, job name
 * @param payload    further detail as canonical JSON object text (see {@link CanonicalJson})
 */
public record AuditEntry(
        Instant occurredAt,
        String actor,
        String actorRole,
        String action,
        String objectType,
        String objectId,
        Outcome outcome,
        String reason,
        String origin,
        String payload) {

    /** Codes are used for grouping and reporting, so one spelling per concept. */
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    public AuditEntry {
        occurredAt = AuditFormats.requireMicrosecondInstant("occurred_at",
                occurredAt == null ? null : occurredAt.truncatedTo(ChronoUnit.MICROS));
        actor = AuditFormats.requireText("actor", actor);
        actorRole = AuditFormats.requireText("actor_role", actorRole);
        action = requireCode("action", action);
        objectType = requireCode("object_type", objectType);
        objectId = AuditFormats.optionalText("object_id", objectId);
        if (outcome == null) {
            throw new IllegalArgumentException("outcome is required");
        }
        reason = AuditFormats.optionalText("reason", reason);
        origin = AuditFormats.requireText("origin", origin);
        payload = requireCanonicalObject("payload", payload);
    }

    public static Builder builder() {
        return new Builder();
    }

    static String requireCode(String field, String value) {
        if (value == null || !CODE.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be an UPPER_SNAKE_CASE code: " + value);
        }
        return value;
    }

    static String requireCanonicalObject(String field, String json) {
        if (json == null || !json.startsWith("{") || !CanonicalJson.isCanonical(json)) {
            throw new IllegalArgumentException(field + " must be a JSON object in canonical form: " + json);
        }
        return json;
    }

    /**
     * Names the ten fields at the call site, where a ten-argument constructor would invite swapped
     * strings. The record constructor still does all validation.
     */
    public static final class Builder {
        private Instant occurredAt;
        private String actor;
        private String actorRole;
        private String action;
        private String objectType;
        private String objectId;
        private Outcome outcome;
        private String reason;
        private String origin;
        private String payload = "{}";

        private Builder() {
        }

        public Builder occurredAt(Instant occurredAt) {
            this.occurredAt = occurredAt;
            return this;
        }

        public Builder actor(String actor, String actorRole) {
            this.actor = actor;
            this.actorRole = actorRole;
            return this;
        }

        public Builder action(String action) {
            this.action = action;
            return this;
        }

        public Builder object(String objectType, String objectId) {
            this.objectType = objectType;
            this.objectId = objectId;
            return this;
        }

        public Builder outcome(Outcome outcome) {
            this.outcome = outcome;
            return this;
        }

        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        public Builder origin(String origin) {
            this.origin = origin;
            return this;
        }

        /** Serialised canonically now, so later changes to the map cannot reach the event. */
        public Builder payload(Map<String, ?> payload) {
            this.payload = CanonicalJson.write(payload);
            return this;
        }

        public AuditEntry build() {
            return new AuditEntry(occurredAt, actor, actorRole, action, objectType, objectId, outcome, reason,
                    origin, payload);
        }
    }
}
