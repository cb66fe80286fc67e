package nz.integrity.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Look-ups of staff records. Callers own authorization; this class only reads. */
@ApplicationScoped
public class StaffDirectory {

    @PersistenceContext
    EntityManager em;

    public Optional<StaffMember> findByUsername(String username) {
        return em.createQuery("select s from StaffMember s where s.username = :u", StaffMember.class)
                .setParameter("u", username)
                .getResultStream().findFirst();
    }

    public List<StaffMember> all() {
        return em.createQuery("select s from StaffMember s order by s.username", StaffMember.class).getResultList();
    }

    public long count() {
        return em.createQuery("select count(s) from StaffMember s", Long.class).getSingleResult();
    }
}
