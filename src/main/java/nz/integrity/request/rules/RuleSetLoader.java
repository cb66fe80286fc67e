package nz.integrity.request.rules;

import nz.integrity.platform.calendar.WorkingDayCalendar;

import nz.integrity.investigation.CaseStatus;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import nz.integrity.request.content.InformationCategory;
import nz.integrity.request.content.LessIntrusiveMeans;
import nz.integrity.request.content.PurposeCode;
import nz.integrity.party.RecipientType;

/**
 * Builds rule sets from Code data files (see {@code src/main/resources/code/}). This is the one place that
 * knows which data key feeds which rule.
 */
public final class RuleSetLoader {

    private static final String FOLDER = "code/";

    private RuleSetLoader() {
    }

    /** Every Code version listed in {@code code/index.properties}. */
    public static RuleSetCatalogue loadCatalogue(WorkingDayCalendar workingDays) {
        CodeData index = withResource(FOLDER + "index.properties", reader -> CodeData.read(FOLDER + "index.properties", reader));
        List<RuleSet> ruleSets = index.list("versions").stream()
                .map(name -> load(FOLDER + name, workingDays))
                .toList();
        index.requireAllKeysRead();
        return new RuleSetCatalogue(ruleSets);
    }

    /** One Code version from a classpath resource, e.g. {@code code/code-2021-03-01.properties}. */
    public static RuleSet load(String resourceName, WorkingDayCalendar workingDays) {
        return withResource(resourceName, reader -> parse(resourceName, reader, workingDays));
    }

    /** One Code version from any source, e.g. a version held in the database. */
    public static RuleSet parse(String sourceName, Reader reader, WorkingDayCalendar workingDays) {
        CodeData data = CodeData.read(sourceName, reader);
        try {
            return ruleSet(data, workingDays);
        } catch (IllegalArgumentException e) {
            // Value types and rules refuse bad values themselves; say which data file they came from.
            throw new CodeDataException("Code data " + sourceName + ": " + e.getMessage(), e);
        }
    }

    private static RuleSet ruleSet(CodeData data, WorkingDayCalendar workingDays) {
        CodeVersion version = new CodeVersion(
                data.text("code.id"),
                data.text("code.title"),
                data.date("code.effectiveFrom"),
                data.optionalDate("code.effectiveUntil"));
        CategoryMatrix matrix = matrix(data);
        int statementMinimum = data.positiveInt("statements.minimumCharacters");
        ElevationPolicy elevation = new ElevationPolicy(
                data.enumSet("R17.elevatedRecipientTypes", RecipientType.class),
                data.phrases("R18.specialCategoryPhrases"));
        List<Rule> rules = List.of(
                new StatutoryPurposeRule(purposes(data)),
                new NoticePeriodRule(workingDays, data.positiveInt("R02.minimumWorkingDays")),
                new ClientFirstRule(workingDays,
                        data.positiveInt("R06.minimumResponseWorkingDays"),
                        data.positiveInt("R06.minimumExceptionFactsCharacters"),
                        data.phrases("R06.stockPhrases")),
                new PrejudiceExceptionRule(),
                new ClientDeadlineRule(),
                new SpecificItemsRule(data.phrases("R10.blanketPhrases")),
                new BoundedRangeRule(),
                new RangeWithinPeriodRule(data.positiveInt("R11b.bufferMonths"), matrix),
                new NecessityRule(statementMinimum),
                new LessIntrusiveMeansRule(data.enumSet("R13.requiredAlternatives", LessIntrusiveMeans.class), statementMinimum),
                new AffectedPeopleRule(statementMinimum),
                new PartnerAskedFirstRule(),
                new RecipientCategoryRule(matrix),
                new CommunicationsContentRule(data.phrases("R16.contentPhrases")),
                new ElevatedRecipientRule(elevation, data.enumValue("R17.level", RuleLevel.class)),
                new SpecialCategoryRule(elevation),
                new ChildCareRule(data.positiveInt("R20.childUnderAgeYears"), statementMinimum),
                new DelegationRule(elevation),
                new FourEyesRule(elevation),
                new ApprovalValidityRule(workingDays, data.positiveInt("R26.validityWorkingDays")),
                new CaseStateRule(data.enumSet("R27.statesOpenForRequests", CaseStatus.class)),
                new CaseVolumeRule(data.positiveInt("R30.maxNoticesPerCase"), data.positiveInt("R30.maxRecipientsOfOneType")),
                new DuplicationRule());
        data.requireAllKeysRead();
        return new RuleSet(version, rules);
    }

    private static Map<PurposeCode, StatutoryPurpose> purposes(CodeData data) {
        Map<PurposeCode, StatutoryPurpose> purposes = data.entriesUnder("purpose.").entrySet().stream()
                .map(entry -> new StatutoryPurpose(new PurposeCode(entry.getKey()), entry.getValue()))
                .collect(Collectors.toMap(StatutoryPurpose::code, purpose -> purpose));
        if (purposes.isEmpty()) {
            throw new IllegalArgumentException("no purpose.* entries; R01 would refuse every request");
        }
        return purposes;
    }

    private static CategoryMatrix matrix(CodeData data) {
        Map<RecipientType, Set<InformationCategory>> allowed = new EnumMap<>(RecipientType.class);
        Map<RecipientType, Integer> maxSpan = new EnumMap<>(RecipientType.class);
        for (RecipientType type : RecipientType.values()) {
            allowed.put(type, data.enumSet("matrix." + type + ".categories", InformationCategory.class));
            maxSpan.put(type, data.positiveInt("matrix." + type + ".maxSpanMonths"));
        }
        return new CategoryMatrix(allowed, maxSpan);
    }

    private static <T> T withResource(String resourceName, Function<Reader, T> function) {
        InputStream stream = RuleSetLoader.class.getClassLoader().getResourceAsStream(resourceName);
        if (stream == null) {
            throw new CodeDataException("No Code data resource " + resourceName + " on the classpath");
        }
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return function.apply(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resourceName, e);
        }
    }
}
