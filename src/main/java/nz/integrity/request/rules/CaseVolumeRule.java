package nz.integrity.request.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nz.integrity.request.content.Recipient;
import nz.integrity.party.RecipientType;
import nz.integrity.request.content.RequestType;

import static nz.integrity.request.rules.Inputs.inputs;

/**
 * R30: intrusion is cumulative. Many notices on one case, or many recipients of one type (every bank in town),
 * look like a fishing expedition, so past a threshold the approver must review the whole case plan and record
 * why. Counts include this notice and every other notice on the case that was not rejected or withdrawn.
 *
 * @param maxNoticesPerCase        more third-party notices than this on one case escalate
 * @param maxRecipientsOfOneType   more distinct recipients of the same type than this escalate
 */
public record CaseVolumeRule(int maxNoticesPerCase, int maxRecipientsOfOneType) implements Rule {

    @Override
    public String id() {
        return "R30";
    }

    @Override
    public RuleLevel level() {
        return RuleLevel.OVERRIDE;
    }

    @Override
    public String title() {
        return "Whole-case review when notices pile up";
    }

    @Override
    public RuleResult evaluate(RequestFacts facts) {
        Inputs in = inputs().put("maxNoticesPerCase", maxNoticesPerCase).put("maxRecipientsOfOneType", maxRecipientsOfOneType);
        if (!facts.content().isThirdPartyNotice()) {
            return RuleResult.notApplicable(this, "Only third-party notices count towards the case volume.", in.map());
        }
        List<CaseRequestSummary> otherNotices = facts.otherRequestsOnCase().stream()
                .filter(CaseRequestSummary::countsTowardsCaseVolume)
                .filter(summary -> summary.type() == RequestType.THIRD_PARTY_NOTICE)
                .toList();
        int notices = otherNotices.size() + 1;
        in.put("noticesOnCase", notices);

        List<String> problems = new ArrayList<>();
        if (notices > maxNoticesPerCase) {
            problems.add("This would be notice " + notices + " on the case; more than " + maxNoticesPerCase
                    + " needs the approver to review the whole case plan.");
        }
        facts.content().recipient().ifPresent(recipient -> {
            Set<String> sameType = recipientsOfType(recipient, otherNotices);
            in.put("recipientType", recipient.type()).put("recipientsOfThisType", sameType.size());
            if (sameType.size() > maxRecipientsOfOneType) {
                problems.add("This would be recipient " + sameType.size() + " of type " + recipient.type()
                        + " on the case; more than " + maxRecipientsOfOneType + " needs the approver to review the "
                        + "whole case plan.");
            }
        });
        if (!problems.isEmpty()) {
            return RuleResult.fail(this, String.join(" ", problems), in.map());
        }
        return RuleResult.pass(this, "The case has " + notices + " notice(s), within the review thresholds.", in.map());
    }

    private static Set<String> recipientsOfType(Recipient recipient, List<CaseRequestSummary> otherNotices) {
        RecipientType type = recipient.type();
        Stream<String> others = otherNotices.stream()
                .filter(summary -> summary.recipientType().filter(type::equals).isPresent())
                .flatMap(summary -> summary.recipientRegistryId().stream());
        return Stream.concat(others, Stream.of(recipient.registryId())).collect(Collectors.toSet());
    }
}
