package nz.integrity.platform;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Month;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FieldChecksTest {

    @Test
    void everyProblemIsReportedOncePerFieldTheFirstOneWins() {
        FieldChecks checks = new FieldChecks();
        checks.requireText(" ", "name", "Enter a name.").require(false, "name", "second")
                .attempt("number", () -> {
                    throw new IllegalArgumentException("nine digits");
                });
        ValidationException thrown = assertThrows(ValidationException.class, checks::throwIfAny);
        assertEquals(Map.of("name", "Enter a name.", "number", "nine digits"), thrown.fieldMessages());
    }

    @Test
    void datesAndEnumValuesAreParsedOrNamedAsFieldProblems() {
        FieldChecks checks = new FieldChecks();
        assertEquals(LocalDate.of(2026, 3, 31), checks.date("from", "2026-03-31"));
        assertEquals(Month.MAY, checks.oneOf("month", Month.class, "may"));
        assertNull(checks.date("blank", " "));
        assertDoesNotThrow(checks::throwIfAny);
        assertNull(checks.date("to", "31/03/2026"));
        assertNull(checks.oneOf("kind", Month.class, "Smarch"));
        ValidationException thrown = assertThrows(ValidationException.class, checks::throwIfAny);
        assertEquals(2, thrown.fieldMessages().size());
    }
}
