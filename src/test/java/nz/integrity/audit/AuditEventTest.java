package nz.integrity.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nz.integrity.platform.json.CanonicalJson;
import org.junit.jupiter.api.Test;

class AuditEventTest {

    private static AuditEntry goldenEntry() {
        return AuditEntry.builder()
                .occurredAt(Instant.parse("2025-03-01T02:03:04.000005Z"))
                .actor("jdoe", "INVESTIGATOR")
                .action("PERSONAL_INFO_VIEWED")
                .object("CASE", "C-1042")
                .outcome(Outcome.SUCCESS)
                .reason("Checking income\r\nforged line")
                .origin("203.0.113.7")
                .payload(Map.of("fields", List.of("income", "address"), "client", "M\u0101ori"))
                .build();
    }

    /**
     * Pins the stored format. These values were cross-checked outside Java with
     * {@code printf '%s%s' "$PREV_HASH" "$CONTENT" | sha256sum}. If this test fails, existing chains
     * would no longer verify: change the format only with a migration plan.
     */
    @Test
    void canonicalContentAndHashMatchTheDocumentedFormat() {
        AuditEvent first = AuditChain.first(goldenEntry());
        AuditEvent second = AuditChain.append(first, goldenEntry());

        assertEquals("{\"action\":\"PERSONAL_INFO_VIEWED\",\"actor\":\"jdoe\",\"actor_role\":\"INVESTIGATOR\","
                + "\"object_id\":\"C-1042\",\"object_type\":\"CASE\",\"occurred_at\":\"2025-03-01T02:03:04.000005Z\","
                + "\"origin\":\"203.0.113.7\",\"outcome\":\"SUCCESS\","
                + "\"payload\":\"{\\\"client\\\":\\\"M\u0101ori\\\",\\\"fields\\\":[\\\"income\\\",\\\"address\\\"]}\","
                + "\"prev_hash\":\"0000000000000000000000000000000000000000000000000000000000000000\","
                + "\"reason\":\"Checking income\\r\\nforged line\",\"seq\":1}", first.canonicalContent());
        assertEquals("575229faeb5e757eda75a94b4c888f0ca432737767c5ee98c6097b911f7035a8", first.hash());
        assertEquals("2ef319b3d2c5a5095968b9fed277fc22427c4fb757eb252742431d49dcae44f8", second.hash());
    }

    @Test
    void theFastCanonicalWriterEqualsTheGenericOneForNullsEscapesAndLargeSeqs() {
        AuditEntry awkward = new AuditEntry(Instant.parse("0001-01-01T00:00:00Z"), "a\"\\b\u2028", "R\u202e",
                "X", "Y", null, Outcome.DENIED, null, "\u0085o\ud83d\ude00", "{\"k\":\"\\u0000\"}");
        for (AuditEvent event : List.of(AuditChain.first(goldenEntry()), AuditChain.first(awkward),
                AuditEvent.seal(Long.MAX_VALUE, AuditEvent.GENESIS_HASH, awkward))) {
            assertEquals(AuditEvent.canonicalContentViaMap(event), event.canonicalContent());
        }
    }

    @Test
    void canonicalContentCoversEveryColumnExceptHash() {
        AuditEvent event = AuditChain.first(goldenEntry());
        Map<?, ?> content = (Map<?, ?>) CanonicalJson.parse(event.canonicalContent());

        assertEquals(List.of("action", "actor", "actor_role", "object_id", "object_type", "occurred_at", "origin",
                "outcome", "payload", "prev_hash", "reason", "seq"), List.copyOf(content.keySet()));
        assertEquals(1L, content.get("seq"));
        assertEquals(event.payload(), content.get("payload"));
    }

    @Test
    void writesNullColumnsAsJsonNullSoTheyDifferFromAnyString() {
        AuditEntry noObject = AuditEntry.builder().occurredAt(AuditFixtures.T0).actor("system", "SYSTEM")
                .action("SEARCH_PERFORMED").object("PERSON", null).outcome(Outcome.SUCCESS)
                .origin("system").build();

        AuditEvent event = AuditChain.first(noObject);

        assertTrue(event.canonicalContent().contains("\"object_id\":null"));
        assertTrue(event.canonicalContent().contains("\"reason\":null"));
        assertTrue(event.canonicalContent().contains("\"payload\":\"{}\""));
        assertNull(event.objectId());
    }

    @Test
    void anyChangedColumnChangesTheRecomputedHash() {
        AuditEvent event = AuditChain.first(goldenEntry());

        assertTrue(event.hasValidHash());
        assertFalse(AuditFixtures.withReason(event, "other").hasValidHash());
        assertFalse(AuditFixtures.withActor(event, "someone").hasValidHash());
        assertFalse(AuditFixtures.withSeq(event, 2).hasValidHash());
    }

    @Test
    void entryTruncatesTheInstantToMicroseconds() {
        AuditEntry entry = AuditEntry.builder().occurredAt(Instant.parse("2025-01-01T00:00:00.123456789Z"))
                .actor("anonymous", "NONE").action("LOGON_FAILED").object("SESSION", null)
                .outcome(Outcome.FAILURE).origin("198.51.100.1").build();

        assertEquals(Instant.parse("2025-01-01T00:00:00.123456Z"), entry.occurredAt());
        assertTrue(AuditChain.first(entry).canonicalContent().contains("\"occurred_at\":\"2025-01-01T00:00:00.123456Z\""));
    }

    @Test
    void storedRowWithSubMicrosecondInstantIsMalformedBecauseTheDatabaseCannotHoldIt() {
        AuditEvent e = AuditChain.first(goldenEntry());

        assertThrows(MalformedAuditEventException.class, () -> new AuditEvent(e.seq(), e.occurredAt().plusNanos(1),
                e.actor(), e.actorRole(), e.action(), e.objectType(), e.objectId(), e.outcome(), e.reason(), e.origin(),
                e.payload(), e.prevHash(), e.hash()));
    }

    @Test
    void rejectsMalformedRowsWithTheSeqInTheException() {
        AuditEvent e = AuditChain.first(goldenEntry());

        MalformedAuditEventException zeroSeq = assertThrows(MalformedAuditEventException.class,
                () -> AuditFixtures.withSeq(e, 0));
        assertEquals(0, zeroSeq.seq());
        assertThrows(MalformedAuditEventException.class, () -> new AuditEvent(1, e.occurredAt(), e.actor(),
                e.actorRole(), e.action(), e.objectType(), e.objectId(), e.outcome(), e.reason(), e.origin(),
                e.payload(), e.prevHash(), e.hash().toUpperCase()));
        assertThrows(MalformedAuditEventException.class, () -> new AuditEvent(1, e.occurredAt(), e.actor(),
                e.actorRole(), e.action(), e.objectType(), e.objectId(), e.outcome(), e.reason(), e.origin(),
                e.payload(), "abc", e.hash()));
        assertThrows(MalformedAuditEventException.class, () -> new AuditEvent(1, e.occurredAt(), e.actor(),
                e.actorRole(), e.action(), e.objectType(), e.objectId(), e.outcome(), e.reason(), e.origin(),
                "{ \"a\": 1 }", e.prevHash(), e.hash()));
        assertThrows(MalformedAuditEventException.class, () -> new AuditEvent(1, e.occurredAt(), null,
                e.actorRole(), e.action(), e.objectType(), e.objectId(), e.outcome(), e.reason(), e.origin(),
                e.payload(), e.prevHash(), e.hash()));
    }

    @Test
    void entryValidationNamesTheOffendingField() {
        validEntry().build();

        assertMessageContains("action", () -> validEntry().action("case transitioned").build());
        assertMessageContains("object_type", () -> validEntry().object("case", "C-1").build());
        assertMessageContains("actor", () -> validEntry().actor(" ", "INVESTIGATOR").build());
        assertMessageContains("reason", () -> validEntry().reason("").build());
        assertMessageContains("U+0000", () -> validEntry().reason("a\u0000b").build());
        assertMessageContains("surrogate", () -> validEntry().reason("a\ud800b").build());
        assertMessageContains("outcome", () -> validEntry().outcome(null).build());
        assertMessageContains("occurred_at", () -> validEntry().occurredAt(null).build());
    }

    private static AuditEntry.Builder validEntry() {
        return AuditEntry.builder().occurredAt(AuditFixtures.T0).actor("jdoe", "INVESTIGATOR")
                .action("CASE_TRANSITIONED").object("CASE", "C-1").outcome(Outcome.SUCCESS).origin("10.0.0.1");
    }

    @Test
    void freeTextMayContainLineBreaksBecauseTheHashedFormEscapesThem() {
        AuditEntry entry = AuditEntry.builder().occurredAt(AuditFixtures.T0).actor("jdoe", "INVESTIGATOR")
                .action("REQUEST_APPROVED").object("REQUEST", "R-9").outcome(Outcome.SUCCESS)
                .reason("line one\nline two \ud83d\ude00").origin("10.0.0.1").build();

        String content = AuditChain.first(entry).canonicalContent();

        assertFalse(content.contains("\n"));
        assertNotEquals(-1, content.indexOf("line one\\nline two \ud83d\ude00"));
    }

    private static void assertMessageContains(String expected, Runnable action) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::run);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
