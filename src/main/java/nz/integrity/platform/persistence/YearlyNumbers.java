package nz.integrity.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Numbers that restart every year (INV-2026-000001, REQ-2026-000001). The year's counter row is locked while a
 * number is taken, so two transactions never get the same one.
 */
@ApplicationScoped
public class YearlyNumbers {

    /** The counter tables; a fixed list, because the name is put into SQL text. */
    public enum Series {
        CASE("case_reference_counter"),
        REQUEST("request_reference_counter");

        private final String table;

        Series(String table) {
            this.table = table;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public int next(Series series, int year) {
        @SuppressWarnings("unchecked")
        List<Number> current = em.createNativeQuery(
                        "select last_number from " + series.table + " where reference_year = ?1 for update")
                .setParameter(1, year).getResultList();
        if (current.isEmpty()) {
            em.createNativeQuery("insert into " + series.table + " (reference_year, last_number) values (?1, 1)")
                    .setParameter(1, year).executeUpdate();
            return 1;
        }
        int number = current.get(0).intValue() + 1;
        em.createNativeQuery("update " + series.table + " set last_number = ?1 where reference_year = ?2")
                .setParameter(1, number).setParameter(2, year).executeUpdate();
        return number;
    }
}
