package nz.integrity.request;

import nz.integrity.platform.BusinessRuleException;
import nz.integrity.request.rules.CheckReport;

import java.util.Optional;

/**
 * A request as a use case left it, with the checklist to show beside it (live, or the one kept at issue; empty for a
 * request that no longer moves towards issue) and, for a submission the rules refused, why.
 */
public record CheckedRequest(InformationRequest request, Optional<CheckReport> checklist,
                             Optional<BusinessRuleException> refusal) {
}
