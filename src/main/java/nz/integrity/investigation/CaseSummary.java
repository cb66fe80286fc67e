package nz.integrity.investigation;

import java.time.Instant;
import java.time.LocalDate;

/** One row of the case list: enough to choose a case, no personal details of the people involved. */
public record CaseSummary(long id, String reference, CaseStatus status, AllegationType allegationType, String teamCode,
                          String assignee, Instant receivedAt, LocalDate periodFrom, LocalDate periodTo) {
}
