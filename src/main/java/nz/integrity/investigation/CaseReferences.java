package nz.integrity.investigation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nz.integrity.platform.persistence.YearlyNumbers;

/** Hands out INV-YYYY-NNNNNN references. */
@ApplicationScoped
public class CaseReferences {

    @Inject
    YearlyNumbers numbers;

    @Transactional(Transactional.TxType.MANDATORY)
    public CaseReference next(int year) {
        return CaseReference.of(year, numbers.next(YearlyNumbers.Series.CASE, year));
    }
}
