package nz.integrity.review;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewScopeTest {

    @Test
    @DisplayName("Issue 9.14: a page that names no case identifies none instead of failing")
    void noCaseNamedIdentifiesNothing() {
        ReviewScope scope = new ReviewScope("reviewer", Set.of("INV-2026-000001"));
        assertFalse(scope.mayIdentify(null));
        assertTrue(scope.mayIdentify("INV-2026-000001"));
    }
}
