package nz.integrity.review;

import nz.integrity.platform.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewGrantTest {

    private static final Instant ISSUED = Instant.parse("2026-06-01T00:00:00Z");

    @Test
    void aGrantIsInForceOnlyWithinItsDatesAndUntilRevoked() {
        ReviewGrant grant = new ReviewGrant("rita", ReviewMode.AGGREGATE, null, null,
                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31), "ada", ISSUED, "Annual review");
        assertFalse(grant.isInForceOn(LocalDate.of(2026, 6, 30)));
        assertTrue(grant.isInForceOn(LocalDate.of(2026, 7, 1)));
        assertTrue(grant.isInForceOn(LocalDate.of(2026, 12, 31)));
        assertFalse(grant.isInForceOn(LocalDate.of(2027, 1, 1)));
        grant.revoke("Review finished early", Instant.parse("2026-08-01T00:00:00Z"));
        assertFalse(grant.isInForceOn(LocalDate.of(2026, 8, 2)));
    }

    @Test
    void anEndBeforeTheStartIsNamedOnTheEndDate() {
        ValidationException refused = assertThrows(ValidationException.class, () -> new ReviewGrant("rita",
                ReviewMode.AGGREGATE, null, null, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 6, 30), "ada", ISSUED,
                "Annual review"));
        assertEquals(Set.of("validTo"), refused.fieldMessages().keySet());
    }
}
