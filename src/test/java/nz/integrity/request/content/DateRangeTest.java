package nz.integrity.request.content;

import org.junit.jupiter.api.Test;

import static nz.integrity.request.content.SampleContent.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateRangeTest {

    @Test
    void refusesARangeThatEndsBeforeItStarts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> range("2024-02-01", "2024-01-31"));
        assertTrue(e.getMessage().contains("ends (2024-01-31) before it starts (2024-02-01)"));
    }

    @Test
    void containsIsInclusiveAtBothEnds() {
        DateRange year = range("2023-07-01", "2024-06-30");
        assertTrue(year.contains(year));
        assertTrue(year.contains(range("2023-07-01", "2023-07-01")));
        assertFalse(year.contains(range("2023-06-30", "2023-07-31")));
        assertFalse(year.contains(range("2024-06-01", "2024-07-01")));
    }

    @Test
    void overlapsWhenTheyShareADay() {
        DateRange year = range("2023-07-01", "2024-06-30");
        assertTrue(year.overlaps(range("2024-06-30", "2024-12-31")));
        assertFalse(year.overlaps(range("2024-07-01", "2024-12-31")));
    }

    @Test
    void widensByWholeMonthsEitherSide() {
        assertEquals(range("2023-06-01", "2024-07-31"), range("2023-07-01", "2024-06-30").widenedByMonths(1));
    }

    @Test
    void aRangeOfExactlyNMonthsIsNotLongerThanN() {
        DateRange twoYears = range("2022-07-01", "2024-06-30");
        assertFalse(twoYears.isLongerThanMonths(24));
        assertTrue(range("2022-07-01", "2024-07-01").isLongerThanMonths(24));
        assertEquals(24, twoYears.wholeMonths());
    }

    @Test
    void writesAnIsoInterval() {
        assertEquals("2023-07-01/2024-06-30", range("2023-07-01", "2024-06-30").iso());
    }
}
