package nz.integrity.investigation;

import nz.integrity.platform.time.DateBounds;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The benefit period the allegation concerns; information requests are measured against it (rule R11). */
public record PeriodUnderInvestigation(LocalDate from, LocalDate to) {

    public PeriodUnderInvestigation {
        if (from == null || to == null) {
            throw new IllegalArgumentException("The period under investigation needs a start and an end date");
        }
        DateBounds.require(from, "The start of the period under investigation");
        DateBounds.require(to, "The end of the period under investigation");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period under investigation cannot end before it starts");
        }
    }

    public long months() {
        return ChronoUnit.MONTHS.between(from, to.plusDays(1));
    }
}
