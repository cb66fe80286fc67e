package nz.integrity.investigation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/** Hands out INV-YYYY-NNNNNN numbers; the year's counter row is locked so two referrals never share a number. */
@ApplicationScoped
public class CaseReferences {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public CaseReference next(int year) {
        @SuppressWarnings("unchecked")
        List<Number> current = em.createNativeQuery(
                        "select last_number from case_reference_counter where reference_year = ?1 for update")
                .setParameter(1, year).getResultList();
        int number;
        if (current.isEmpty()) {
            number = 1;
            em.createNativeQuery("insert into case_reference_counter (reference_year, last_number) values (?1, 1)")
                    .setParameter(1, year).executeUpdate();
        } else {
            number = current.get(0).intValue() + 1;
            em.createNativeQuery("update case_reference_counter set last_number = ?1 where reference_year = ?2")
                    .setParameter(1, number).setParameter(2, year).executeUpdate();
        }
        return CaseReference.of(year, number);
    }
}
