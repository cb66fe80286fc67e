package nz.integrity.request.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nz.integrity.request.content.InformationCategory;
import nz.integrity.party.RecipientType;

import static nz.integrity.request.content.InformationCategory.*;

/** Policy objects for unit tests, independent of the shipped Code data so a data change cannot hide a logic bug. */
final class SamplePolicy {

    private SamplePolicy() {
    }

    /** Banks and telcos as in the 2021 data; every other type allows only SPECIFIED_RECORD_TYPE, 24 months. */
    static CategoryMatrix matrix() {
        Map<RecipientType, Set<InformationCategory>> allowed = new EnumMap<>(RecipientType.class);
        Map<RecipientType, Integer> maxSpan = new EnumMap<>(RecipientType.class);
        for (RecipientType type : RecipientType.values()) {
            allowed.put(type, Set.of(SPECIFIED_RECORD_TYPE));
            maxSpan.put(type, 24);
        }
        allowed.put(RecipientType.BANK, Set.of(ACCOUNT_HOLDER_DETAILS, ACCOUNT_STATEMENTS, SPECIFIED_TRANSACTIONS));
        allowed.put(RecipientType.TELCO, Set.of(ACCOUNT_HOLDER_DETAILS, CALL_AND_SMS_METADATA));
        maxSpan.put(RecipientType.TELCO, 6);
        allowed.put(RecipientType.GOVERNMENT_AGENCY, Set.of(SPECIFIED_RECORD_TYPE, HEALTH_OR_MATERNITY_RECORDS));
        return new CategoryMatrix(allowed, maxSpan);
    }

    static ElevationPolicy elevation() {
        return new ElevationPolicy(Set.of(RecipientType.TELCO), new PhraseList(List.of("birthing", "medical")));
    }
}
