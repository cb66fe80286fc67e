package nz.integrity.request.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nz.integrity.request.content.InformationCategory;
import nz.integrity.party.RecipientType;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleSetLoaderTest {

    private static final String SHIPPED = "code/code-2021-03-01.properties";

    @Test
    void theShippedCatalogueAppliesFromFirstMarch2021() {
        RuleSetCatalogue catalogue = RuleSetLoader.loadCatalogue(SampleFacts.CALENDAR);
        RuleSet current = catalogue.applicableOn(LocalDate.parse("2021-03-01"));
        assertEquals("MSD-SCHEDULE-6-CODE-2021", current.codeVersion().id());
        assertEquals(Optional.empty(), current.codeVersion().effectiveUntil());
        assertEquals(current.codeVersion(), catalogue.applicableOn(SampleFacts.TODAY).codeVersion());
        assertThrows(IllegalArgumentException.class, () -> catalogue.applicableOn(LocalDate.parse("2021-02-28")));
    }

    @Test
    void theShippedCodeImposesTheCatalogueAtTheDocumentedLevels() {
        Map<String, RuleLevel> levels = new LinkedHashMap<>();
        RuleSetLoader.load(SHIPPED, SampleFacts.CALENDAR).rules().forEach(rule -> levels.put(rule.id(), rule.level()));
        Map<String, RuleLevel> expected = new LinkedHashMap<>();
        expected.put("R01", RuleLevel.HARD);
        expected.put("R02", RuleLevel.HARD);
        expected.put("R06", RuleLevel.HARD);
        expected.put("R07", RuleLevel.OVERRIDE);
        expected.put("R08", RuleLevel.HARD);
        expected.put("R10", RuleLevel.HARD);
        expected.put("R11a", RuleLevel.HARD);
        expected.put("R11b", RuleLevel.OVERRIDE);
        expected.put("R12", RuleLevel.HARD);
        expected.put("R13", RuleLevel.HARD);
        expected.put("R14a", RuleLevel.HARD);
        expected.put("R14b", RuleLevel.OVERRIDE);
        expected.put("R15", RuleLevel.HARD);
        expected.put("R16", RuleLevel.HARD);
        expected.put("R17", RuleLevel.OVERRIDE);
        expected.put("R18", RuleLevel.OVERRIDE);
        expected.put("R20", RuleLevel.HARD);
        expected.put("R21", RuleLevel.HARD);
        expected.put("R22", RuleLevel.HARD);
        expected.put("R26", RuleLevel.HARD);
        expected.put("R27", RuleLevel.HARD);
        expected.put("R30", RuleLevel.OVERRIDE);
        expected.put("R31", RuleLevel.WARN);
        assertEquals(expected, levels);
    }

    @Test
    void theShippedMatrixNeverAllowsCommunicationsContentOrACatchAll() {
        RuleSet ruleSet = RuleSetLoader.load(SHIPPED, SampleFacts.CALENDAR);
        CategoryMatrix matrix = ruleSet.rules().stream()
                .filter(RecipientCategoryRule.class::isInstance).map(RecipientCategoryRule.class::cast)
                .findFirst().orElseThrow().matrix();
        for (RecipientType type : RecipientType.values()) {
            assertFalse(matrix.allows(type, InformationCategory.COMMUNICATIONS_CONTENT), type.name());
        }
        assertTrue(matrix.allows(RecipientType.TELCO, InformationCategory.CALL_AND_SMS_METADATA));
        assertFalse(matrix.allows(RecipientType.UTILITY, InformationCategory.ACCOUNT_STATEMENTS));
        assertEquals(6, matrix.maxSpanMonths(RecipientType.TELCO));
        assertEquals(24, matrix.maxSpanMonths(RecipientType.BANK));
    }

    @Test
    void refusesAMisspeltKeyRatherThanIgnoringIt() {
        CodeDataException e = assertThrows(CodeDataException.class,
                () -> parse(shipped().replace("R26.validityWorkingDays=", "R26.validityWorkingDay=")));
        assertEquals("Code data test: key 'R26.validityWorkingDays' is missing", e.getMessage());
        CodeDataException extra = assertThrows(CodeDataException.class, () -> parse(shipped() + "\nR99.unused=1\n"));
        assertEquals("Code data test has keys no rule reads (misspelt?): [R99.unused]", extra.getMessage());
    }

    @Test
    void refusesAMatrixThatAllowsCommunicationsContent() {
        CodeDataException e = assertThrows(CodeDataException.class, () -> parse(shipped().replace(
                "matrix.TELCO.categories=ACCOUNT_HOLDER_DETAILS,", "matrix.TELCO.categories=COMMUNICATIONS_CONTENT, ACCOUNT_HOLDER_DETAILS,")));
        assertEquals("Code data test: The category matrix allows COMMUNICATIONS_CONTENT for TELCO; the content of "
                + "communications may never be requested (R16)", e.getMessage());
    }

    @Test
    void refusesAnUnknownCategory() {
        CodeDataException e = assertThrows(CodeDataException.class, () -> parse(shipped().replace(
                "matrix.OTHER.categories=SPECIFIED_RECORD_TYPE", "matrix.OTHER.categories=ALL_RECORDS")));
        assertTrue(e.getMessage().startsWith("Code data test: key 'matrix.OTHER.categories' has 'ALL_RECORDS', which is not one of"));
    }

    @Test
    void refusesANonPositiveThreshold() {
        CodeDataException e = assertThrows(CodeDataException.class,
                () -> parse(shipped().replace("R02.minimumWorkingDays=5", "R02.minimumWorkingDays=0")));
        assertEquals("Code data test: key 'R02.minimumWorkingDays' must be a positive whole number, not '0'", e.getMessage());
    }

    @Test
    void refusesToWeakenTheTelcoRuleToAWarning() {
        CodeDataException e = assertThrows(CodeDataException.class,
                () -> parse(shipped().replace("R17.level=OVERRIDE", "R17.level=WARN")));
        assertTrue(e.getMessage().contains("R17 can be OVERRIDE or HARD"));
    }

    @Test
    void canKeepTheTelcoSuspensionAsHard() {
        RuleSet suspended = parse(shipped().replace("R17.level=OVERRIDE", "R17.level=HARD"));
        assertEquals(RuleLevel.HARD, suspended.rules().stream().filter(rule -> rule.id().equals("R17")).findFirst().orElseThrow().level());
    }

    @Test
    void refusesAFreeTextPurposeCode() {
        CodeDataException e = assertThrows(CodeDataException.class,
                () -> parse(shipped() + "\npurpose.any_purpose=Anything at all\n"));
        assertTrue(e.getMessage().startsWith("Code data test: A purpose code is an upper-case identifier"), e.getMessage());
    }

    private static RuleSet parse(String data) {
        return RuleSetLoader.parse("test", new StringReader(data), SampleFacts.CALENDAR);
    }

    private static String shipped() {
        try (InputStream in = RuleSetLoaderTest.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
