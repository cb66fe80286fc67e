package nz.integrity.investigation;

import java.util.List;
import java.util.Optional;

/** One page of the case list and where the next page starts; there is deliberately no total count. */
public record CasePage(List<CaseSummary> rows, Optional<CaseCursor> next) {
}
