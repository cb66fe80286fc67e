package nz.integrity.investigation;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CursorTrailTest {

    private static Optional<CaseCursor> after(long id) {
        return Optional.of(CaseCursor.after(CaseSort.NEWEST, new CaseSummary(id, "INV-2026-00000" + id,
                CaseStatus.REFERRAL, AllegationType.OTHER, "NORTH", null, Instant.EPOCH, null, null)));
    }

    @Test
    void firstPageStartsAtTheBeginningAndOffersOnePageBeforeAnythingIsRead() {
        CursorTrail trail = new CursorTrail(10);
        assertTrue(trail.startOf(0).isEmpty());
        assertEquals(10, trail.rowsKnown());
    }

    @Test
    void aNextPageIsClaimedOnlyWhenTheListSaysOneExists() {
        CursorTrail trail = new CursorTrail(10);
        trail.read(0, 10, after(91));
        assertEquals(20, trail.rowsKnown());
        assertEquals(91, trail.startOf(1).orElseThrow().id());
        assertThrows(IllegalArgumentException.class, () -> trail.startOf(2));

        trail.read(1, 4, Optional.empty());
        assertEquals(14, trail.rowsKnown(), "the last page makes the count exact");
    }

    @Test
    void goingBackKeepsThePagesAlreadyReached() {
        CursorTrail trail = new CursorTrail(10);
        trail.read(0, 10, after(91));
        trail.read(1, 10, after(81));
        trail.read(0, 10, after(91));
        assertEquals(30, trail.rowsKnown());
        assertEquals(81, trail.startOf(2).orElseThrow().id());
    }

    @Test
    void aListThatGotShorterForgetsThePagesBeyondItsNewEnd() {
        CursorTrail trail = new CursorTrail(10);
        trail.read(0, 10, after(91));
        trail.read(1, 10, after(81));
        trail.read(0, 7, Optional.empty());
        assertEquals(7, trail.rowsKnown());
        assertThrows(IllegalArgumentException.class, () -> trail.startOf(1));
    }
}
