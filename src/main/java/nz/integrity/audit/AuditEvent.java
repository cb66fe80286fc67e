package nz.integrity.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import nz.integrity.platform.json.CanonicalJson;

/**
 * One row of the audit log: the {@link AuditEntry} that says what happened, placed in the chain by its sequence
 * number and the hashes (column names in brackets).
 *
 * <p>The constructors check formats only. They deliberately do <em>not</em> check that
 * {@code hash} matches the content: a tampered row must still load so that {@link ChainVerifier}
 * can report it. A row whose fields cannot be valid at all raises
 * {@link MalformedAuditEventException}.
 *
 * <p>Hash: {@code hash = lowerHex(SHA-256(ASCII(prevHash) || UTF-8(canonicalContent())))}.
 * {@code prevHash} is always exactly 64 ASCII bytes, so the concatenation has only one reading.
 *
 * @param seq      [seq] position in the chain, 1, 2, 3, … without gaps
 * @param entry    [occurred_at, actor, actor_role, action, object_type, object_id, outcome, reason, origin,
 *                 payload] what happened; occurred_at at microsecond precision
 * @param prevHash [prev_hash] hash of event {@code seq - 1}; 64 zeros for seq 1
 * @param hash     [hash] this event's hash
 */
public record AuditEvent(long seq, AuditEntry entry, String prevHash, String hash) {

    public static final String GENESIS_HASH = AuditFormats.GENESIS_HASH;

    public AuditEvent {
        try {
            if (seq < 1) {
                throw new IllegalArgumentException("seq must be >= 1");
            }
            if (entry == null) {
                throw new IllegalArgumentException("entry is required");
            }
            AuditFormats.requireMicrosecondInstant("occurred_at", entry.occurredAt());
            AuditFormats.requireSha256Hex("prev_hash", prevHash);
            AuditFormats.requireSha256Hex("hash", hash);
        } catch (IllegalArgumentException e) {
            throw new MalformedAuditEventException(seq, e.getMessage());
        }
    }

    /** A stored row, column by column; a stored row obeys exactly the rules a new entry did. */
    public AuditEvent(long seq, Instant occurredAt, String actor, String actorRole, String action, String objectType,
                      String objectId, Outcome outcome, String reason, String origin, String payload, String prevHash,
                      String hash) {
        this(seq, entryOf(seq, occurredAt, actor, actorRole, action, objectType, objectId, outcome, reason, origin,
                payload), prevHash, hash);
    }

    private static AuditEntry entryOf(long seq, Instant occurredAt, String actor, String actorRole, String action,
                                      String objectType, String objectId, Outcome outcome, String reason,
                                      String origin, String payload) {
        try {
            return new AuditEntry(AuditFormats.requireMicrosecondInstant("occurred_at", occurredAt), actor,
                    actorRole, action, objectType, objectId, outcome, reason, origin, payload);
        } catch (IllegalArgumentException e) {
            throw new MalformedAuditEventException(seq, e.getMessage());
        }
    }

    static AuditEvent seal(long seq, String prevHash, AuditEntry entry) {
        String content = canonicalContent(seq, entry, prevHash);
        return new AuditEvent(seq, entry, prevHash, hashOf(prevHash, content));
    }

    public Instant occurredAt() {
        return entry.occurredAt();
    }

    public String actor() {
        return entry.actor();
    }

    public String actorRole() {
        return entry.actorRole();
    }

    public String action() {
        return entry.action();
    }

    public String objectType() {
        return entry.objectType();
    }

    public String objectId() {
        return entry.objectId();
    }

    public Outcome outcome() {
        return entry.outcome();
    }

    public String reason() {
        return entry.reason();
    }

    public String origin() {
        return entry.origin();
    }

    public String payload() {
        return entry.payload();
    }

    public String canonicalContent() {
        return canonicalContent(seq, entry, prevHash);
    }

    /** The hash this event's content implies; differs from {@link #hash()} if the row was altered. */
    public String recomputeHash() {
        return hashOf(prevHash, canonicalContent());
    }

    public boolean hasValidHash() {
        return hash.equals(recomputeHash());
    }

    /** The descriptive part of the event, without its chain position. */
    static String hashOf(String prevHash, String canonicalContent) {
        return AuditFormats.sha256Hex(AuditFormats.ascii(prevHash), AuditFormats.utf8(canonicalContent));
    }

    // Written member by member in the sorted key order instead of through a map that CanonicalJson sorts:
    // verification hashes millions of rows, and this is its hot path. AuditEventTest pins that both give the
    // same bytes.
    private static String canonicalContent(long seq, AuditEntry e, String prevHash) {
        StringBuilder out = new StringBuilder(320 + e.payload().length());
        member(out, "{\"action\":", e.action());
        member(out, ",\"actor\":", e.actor());
        member(out, ",\"actor_role\":", e.actorRole());
        member(out, ",\"object_id\":", e.objectId());
        member(out, ",\"object_type\":", e.objectType());
        member(out, ",\"occurred_at\":", AuditFormats.formatInstant(e.occurredAt()));
        member(out, ",\"origin\":", e.origin());
        member(out, ",\"outcome\":", e.outcome().name());
        member(out, ",\"payload\":", e.payload());
        member(out, ",\"prev_hash\":", prevHash);
        member(out, ",\"reason\":", e.reason());
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
