package nz.integrity.platform.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidityWindowTest {

    private static final LocalDate JULY_1 = LocalDate.of(2026, 7, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

    @Test
    void bothEndsAreDaysOfTheWindow() {
        ValidityWindow window = ValidityWindow.from(JULY_1, DEC_31);
        assertEquals(ValidityWindow.Position.NOT_YET, window.positionOf(JULY_1.minusDays(1)));
        assertEquals(ValidityWindow.Position.IN_FORCE, window.positionOf(JULY_1));
        assertEquals(ValidityWindow.Position.IN_FORCE, window.positionOf(DEC_31));
        assertEquals(ValidityWindow.Position.ENDED, window.positionOf(DEC_31.plusDays(1)));
        assertTrue(window.contains(DEC_31));
        assertFalse(window.contains(DEC_31.plusDays(1)));
    }

    @Test
    void aOneDayWindowIsAWindow() {
        assertTrue(ValidityWindow.isWindow(JULY_1, JULY_1));
        assertTrue(ValidityWindow.from(JULY_1, JULY_1).contains(JULY_1));
    }

    @Test
    void aWindowNeedsBothDaysInOrder() {
        assertFalse(ValidityWindow.isWindow(null, DEC_31));
        assertFalse(ValidityWindow.isWindow(JULY_1, null));
        assertFalse(ValidityWindow.isWindow(DEC_31, JULY_1));
        assertThrows(IllegalArgumentException.class, () -> ValidityWindow.from(DEC_31, JULY_1));
    }
}
