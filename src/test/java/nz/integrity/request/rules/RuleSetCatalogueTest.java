package nz.integrity.request.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleSetCatalogueTest {

    private static final RuleSet CODE_2005 = ruleSet("2005", "2005-07-01", Optional.of("2021-02-28"));
    private static final RuleSet CODE_2021 = ruleSet("2021", "2021-03-01", Optional.empty());

    @Test
    void picksTheCodeInForceOnTheDate() {
        RuleSetCatalogue catalogue = new RuleSetCatalogue(List.of(CODE_2021, CODE_2005));
        assertEquals(CODE_2005, catalogue.applicableOn(LocalDate.parse("2021-02-28")));
        assertEquals(CODE_2021, catalogue.applicableOn(LocalDate.parse("2021-03-01")));
        assertEquals(CODE_2021, catalogue.applicableOn(LocalDate.parse("2030-01-01")));
    }

    @Test
    void saysSoWhenNoCodeIsInForce() {
        RuleSetCatalogue catalogue = new RuleSetCatalogue(List.of(CODE_2021));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> catalogue.applicableOn(LocalDate.parse("2020-01-01")));
        assertEquals("No Code version is in force on 2020-01-01; known versions: 2021 from 2021-03-01", e.getMessage());
    }

    @Test
    void refusesOverlappingCodes() {
        RuleSet overlapping = ruleSet("2020", "2020-01-01", Optional.of("2021-03-01"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RuleSetCatalogue(List.of(CODE_2021, overlapping)));
        assertTrue(e.getMessage().contains("overlap"));
    }

    @Test
    void aCodeVersionCannotEndBeforeItStarts() {
        assertThrows(IllegalArgumentException.class, () -> ruleSet("x", "2021-03-01", Optional.of("2021-02-28")));
    }

    private static RuleSet ruleSet(String id, String from, Optional<String> until) {
        return new RuleSet(new CodeVersion(id, "Code " + id, LocalDate.parse(from), until.map(LocalDate::parse)), List.of());
    }
}
