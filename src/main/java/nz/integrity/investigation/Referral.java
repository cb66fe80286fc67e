package nz.integrity.investigation;

import nz.integrity.platform.ValidationException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** What arrives with a referral, validated as a whole so every problem is reported at once. */
public record Referral(ReferralSource source, String dataMatchChannel, AllegationType allegationType, String summary,
                       PeriodUnderInvestigation period) {

    public Referral {
        Map<String, String> problems = new LinkedHashMap<>();
        if (source == null) {
            problems.put("referralSource", "Choose how the referral came in.");
        } else if (source == ReferralSource.DATA_MATCH && (dataMatchChannel == null || dataMatchChannel.isBlank())) {
            problems.put("dataMatchChannel", "A data match must name its legal channel, for example the Customs arrivals and departures AISA.");
        }
        if (allegationType == null) {
            problems.put("allegationType", "Choose the type of allegation.");
        }
        if (summary == null || summary.strip().length() < 10) {
            problems.put("allegationSummary", "Summarise the allegation in at least 10 characters.");
        } else if (summary.length() > InvestigationCase.MAX_TEXT) {
            problems.put("allegationSummary", "The summary can have at most 2000 characters.");
        }
        if (period == null) {
            problems.put("period", "The period under investigation is required.");
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        dataMatchChannel = source == ReferralSource.DATA_MATCH ? dataMatchChannel.strip() : null;
        summary = Objects.requireNonNull(summary).strip();
    }
}
