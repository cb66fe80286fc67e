package nz.integrity.platform.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NonWorkingDayReasonTest {

    @ParameterizedTest
    @EnumSource(NonWorkingDayReason.class)
    void everyReasonCanBeShownToAUser(NonWorkingDayReason reason) {
        assertFalse(reason.description().isBlank());
    }

    @Test
    void descriptionsAreDistinctSoTheUiNeverShowsTwoReasonsAlike() {
        long distinct = Arrays.stream(NonWorkingDayReason.values())
                .map(NonWorkingDayReason::description)
                .distinct()
                .count();
        assertEquals(NonWorkingDayReason.values().length, distinct);
    }

    @Test
    void christmasPeriodAndMatarikiReadNaturally() {
        assertEquals("Christmas–New Year period (25 December to 2 January)",
                NonWorkingDayReason.CHRISTMAS_NEW_YEAR_PERIOD.description());
        assertEquals("Te Rā Aro ki a Matariki/Matariki Observance Day", NonWorkingDayReason.MATARIKI.description());
    }
}
