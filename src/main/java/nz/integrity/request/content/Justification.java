package nz.integrity.request.content;

import java.util.List;
import java.util.Objects;

/**
 * The "why" of a request (domain §8 E, plus the child-care assessment from §8 C). The client-first record or
 * prejudice exception (§8 E 15) is held per item, because it can differ between items.
 *
 * @param hypothesis              the allegation or question the request tests and the answer expected (R12)
 * @param necessity               why this information, from this source, now (R12)
 * @param alternativesConsidered  less intrusive means considered and their outcomes (R13)
 * @param proportionality         intrusion weighed against benefit and seriousness (R13)
 * @param dateRangeReason         why the date ranges are as long as they are, shown when R11b escalates
 * @param collateralIntrusion     who else's information will come back and how that is minimised (R14a)
 * @param unintendedConsequences  e.g. tipping off an employer, family-violence risk
 * @param plannedHandling         who will see results and how out-of-scope material is dealt with
 * @param subjectNotificationPlan when and how the person will be told
 * @param childCareAssessment     the "particular care" assessment where a child is involved (R20)
 */
public record Justification(
        String hypothesis,
        String necessity,
        List<AlternativeConsidered> alternativesConsidered,
        String proportionality,
        String dateRangeReason,
        String collateralIntrusion,
        String unintendedConsequences,
        String plannedHandling,
        String subjectNotificationPlan,
        String childCareAssessment) {

    public Justification {
        hypothesis = Objects.requireNonNullElse(hypothesis, "");
        necessity = Objects.requireNonNullElse(necessity, "");
        alternativesConsidered = List.copyOf(alternativesConsidered);
        proportionality = Objects.requireNonNullElse(proportionality, "");
        dateRangeReason = Objects.requireNonNullElse(dateRangeReason, "");
        collateralIntrusion = Objects.requireNonNullElse(collateralIntrusion, "");
        unintendedConsequences = Objects.requireNonNullElse(unintendedConsequences, "");
        plannedHandling = Objects.requireNonNullElse(plannedHandling, "");
        subjectNotificationPlan = Objects.requireNonNullElse(subjectNotificationPlan, "");
        childCareAssessment = Objects.requireNonNullElse(childCareAssessment, "");
    }
}
