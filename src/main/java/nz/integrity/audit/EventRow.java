package nz.integrity.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * One {@code audit_event} row exactly as read, before any check. Reading is cheap and sequential; turning rows into
 * {@link AuditEvent}s (validation) and hashing them is the expensive part, which {@link ParallelHashing} spreads
 * over cores.
 */
record EventRow(long seq, OffsetDateTime occurredAt, String actor, String actorRole, String action, String objectType,
        String objectId, String outcome, String reason, String origin, String payload, String prevHash, String hash) {

    /** Reads one row of {@link JdbcEventPageSource#COLUMNS}; values are kept as stored (no trimming, no defaults). */
    static EventRow read(ResultSet row) throws SQLException {
        return new EventRow(row.getLong(1), row.getObject(2, OffsetDateTime.class), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getString(9),
                row.getString(10), row.getString(11), row.getString(12), row.getString(13));
    }

    /** The event; a value that cannot be an event field becomes a {@link MalformedAuditEventException}. */
    AuditEvent toEvent() {
        return new AuditEvent(seq, occurredAt == null ? null : occurredAt.toInstant(), actor, actorRole, action,
                objectType, objectId, knownOutcome(), reason, origin, payload, prevHash, hash);
    }

    private Outcome knownOutcome() {
        for (Outcome known : Outcome.values()) {
            if (known.name().equals(outcome)) {
                return known;
            }
        }
        throw new MalformedAuditEventException(seq, "outcome " + outcome + " is not known");
    }
}
