package nz.integrity.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import nz.integrity.platform.json.CanonicalJson;

/**
 * One row of the audit log, field for field as stored (column names in brackets).
 *
 * <p>The constructor checks formats only. It deliberately does <em>not</em> check that
 * {@code hash} matches the content: a tampered row must still load so that {@link ChainVerifier}
 * can report it. A row whose fields cannot be valid at all raises
 * {@link MalformedAuditEventException}.
 *
 * <p>Hash: {@code hash = lowerHex(SHA-256(ASCII(prevHash) || UTF-8(canonicalContent())))}.
 * {@code prevHash} is always exactly 64 ASCII bytes, so the concatenation has only one reading.
 *
 * @param seq        [seq] position in the chain, 1, 2, 3, … without gaps
 * @param occurredAt [occurred_at] UTC, microsecond precision
 * @param actor      [actor]
 * @param actorRole  [actor_role]
 * @param action     [action] UPPER_SNAKE_CASE code
 * @param objectType [object_type] UPPER_SNAKE_CASE code
 * @param objectId   [object_id] nullable
 * @param outcome    [outcome]
 * @param reason     [reason] nullable
 * @param origin     [origin]
 * @param payload    [payload] canonical JSON object text
 * @param prevHash   [prev_hash] hash of event {@code seq - 1}; 64 zeros for seq 1
 * @param hash       [hash] this event's hash
 */
public record AuditEvent(
        long seq,
        Instant occurredAt,
        String actor,
        String actorRole,
        String action,
        String objectType,
        String objectId,
        Outcome outcome,
        String reason,
        String origin,
        String payload,
        String prevHash,
        String hash) {

    /** prev_hash of the first event. */
    public static final String GENESIS_HASH = AuditFormats.GENESIS_HASH;

    public AuditEvent {
        try {
            if (seq < 1) {
                throw new IllegalArgumentException("seq must be >= 1");
            }
            // Reuses the entry's validation so a stored row obeys exactly the rules a new one did.
            new AuditEntry(AuditFormats.requireMicrosecondInstant("occurred_at", occurredAt), actor, actorRole,
                    action, objectType, objectId, outcome, reason, origin, payload);
            AuditFormats.requireSha256Hex("prev_hash", prevHash);
            AuditFormats.requireSha256Hex("hash", hash);
        } catch (IllegalArgumentException e) {
            throw new MalformedAuditEventException(seq, e.getMessage());
        }
    }

    /** Places {@code entry} at {@code seq} after {@code prevHash} and computes its hash. */
    static AuditEvent seal(long seq, String prevHash, AuditEntry entry) {
        String content = canonicalContent(seq, entry.occurredAt(), entry.actor(), entry.actorRole(), entry.action(),
                entry.objectType(), entry.objectId(), entry.outcome(), entry.reason(), entry.origin(), entry.payload(),
                prevHash);
        return new AuditEvent(seq, entry.occurredAt(), entry.actor(), entry.actorRole(), entry.action(),
                entry.objectType(), entry.objectId(), entry.outcome(), entry.reason(), entry.origin(),
                entry.payload(), prevHash, hashOf(prevHash, content));
    }

    /**
     * Canonical JSON of every column except {@code hash}, keyed by column name, e.g.
     * {@code {"action":…,"actor":…,"actor_role":…,"object_id":null,"object_type":…,"occurred_at":"2025-03-01T02:03:04.000005Z",
     * "origin":…,"outcome":"SUCCESS","payload":"{\"k\":1}","prev_hash":…,"reason":null,"seq":7}}.
     * The payload is embedded as a JSON <em>string</em>, so its text is covered byte for byte and
     * cannot add members to this object.
     */
    public String canonicalContent() {
        return canonicalContent(seq, occurredAt, actor, actorRole, action, objectType, objectId, outcome, reason,
                origin, payload, prevHash);
    }

    /** The hash this event's content implies; differs from {@link #hash()} if the row was altered. */
    public String recomputeHash() {
        return hashOf(prevHash, canonicalContent());
    }

    public boolean hasValidHash() {
        return hash.equals(recomputeHash());
    }

    /** The descriptive part of the event, without its chain position. */
    public AuditEntry entry() {
        return new AuditEntry(occurredAt, actor, actorRole, action, objectType, objectId, outcome, reason, origin,
                payload);
    }

    static String hashOf(String prevHash, String canonicalContent) {
        return AuditFormats.sha256Hex(AuditFormats.ascii(prevHash), AuditFormats.utf8(canonicalContent));
    }

    // Takes the columns one by one rather than an AuditEntry so verification does not re-validate
    // (and re-parse the payload of) every row a second time. Written member by member in the sorted key order
    // instead of through a map that CanonicalJson sorts: verification hashes millions of rows, and this is its
    // hot path. AuditEventTest pins that both give the same bytes.
    private static String canonicalContent(long seq, Instant occurredAt, String actor, String actorRole,
            String action, String objectType, String objectId, Outcome outcome, String reason, String origin,
            String payload, String prevHash) {
        StringBuilder out = new StringBuilder(320 + payload.length());
        member(out, "{\"action\":", action);
        member(out, ",\"actor\":", actor);
        member(out, ",\"actor_role\":", actorRole);
        member(out, ",\"object_id\":", objectId);
        member(out, ",\"object_type\":", objectType);
        member(out, ",\"occurred_at\":", AuditFormats.formatInstant(occurredAt));
        member(out, ",\"origin\":", origin);
        member(out, ",\"outcome\":", outcome.name());
        member(out, ",\"payload\":", payload);
        member(out, ",\"prev_hash\":", prevHash);
        member(out, ",\"reason\":", reason);
        return out.append(",\"seq\":").append(seq).append('}').toString();
    }

    private static void member(StringBuilder out, String keyPrefix, String value) {
        out.append(keyPrefix);
        if (value == null) {
            out.append("null");
        } else {
            CanonicalJson.writeString(value, out);
        }
    }

    /** The generic form, which the fast writer above must equal byte for byte (checked by the tests). */
    static String canonicalContentViaMap(AuditEvent e) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("seq", e.seq());
        columns.put("occurred_at", AuditFormats.formatInstant(e.occurredAt()));
        columns.put("actor", e.actor());
        columns.put("actor_role", e.actorRole());
        columns.put("action", e.action());
        columns.put("object_type", e.objectType());
        columns.put("object_id", e.objectId());
        columns.put("outcome", e.outcome().name());
        columns.put("reason", e.reason());
        columns.put("origin", e.origin());
        columns.put("payload", e.payload());
        columns.put("prev_hash", e.prevHash());
        return CanonicalJson.write(columns);
    }
}
