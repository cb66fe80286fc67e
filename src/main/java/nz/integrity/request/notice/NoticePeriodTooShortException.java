package nz.integrity.request.notice;

import java.time.LocalDate;
import java.util.List;

import nz.integrity.platform.BusinessRuleException;

/** R02: the due date leaves the recipient fewer working days than Schedule 6 clause 2 requires. */
public class NoticePeriodTooShortException extends BusinessRuleException {

    public NoticePeriodTooShortException(LocalDate givenOn, LocalDate dueOn, int allowed, int required, LocalDate earliestDueOn) {
        super("R02: a notice given on " + givenOn + " and due on " + dueOn + " allows " + allowed + " working day"
                + (allowed == 1 ? "" : "s") + "; Schedule 6 clause 2 requires at least " + required
                + ". The earliest lawful due date is " + earliestDueOn + ".", List.of("R02"));
    }
}
