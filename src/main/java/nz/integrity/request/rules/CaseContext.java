package nz.integrity.request.rules;

import nz.integrity.investigation.CaseStatus;

import nz.integrity.investigation.AllegationType;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nz.integrity.request.content.DateRange;

/**
 * What the rules need to know about the case a request belongs to.
 *
 * @param periodUnderInvestigation the alleged entitlement period; date ranges are judged against it (R11b)
 * @param investigationAuthorisedBy who approved opening the investigation; blank if nobody has (R27)
 * @param investigatingUnitId      the unit running the investigation; elevated approvers must be outside it (R22)
 * @param teamMemberIds            users assigned to the case; none of them may approve its requests (R22)
 */
public record CaseContext(
        String caseReference,
        CaseStatus status,
        Optional<DateRange> periodUnderInvestigation,
        Optional<AllegationType> allegationType,
        String openingGrounds,
        String investigationAuthorisedBy,
        String investigatingUnitId,
        Set<String> teamMemberIds) {

    public CaseContext {
        Objects.requireNonNull(caseReference, "caseReference");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(periodUnderInvestigation, "periodUnderInvestigation");
        Objects.requireNonNull(allegationType, "allegationType");
        openingGrounds = Objects.requireNonNullElse(openingGrounds, "");
        investigationAuthorisedBy = Objects.requireNonNullElse(investigationAuthorisedBy, "");
        Objects.requireNonNull(investigatingUnitId, "investigatingUnitId");
        teamMemberIds = Set.copyOf(teamMemberIds);
    }
}
