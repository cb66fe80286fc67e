package nz.integrity.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Team look-ups for other capabilities (case access asks which teams a person works in or supervises).
 * Callers own authorization; this class only reads. Inactive teams open nothing.
 */
@ApplicationScoped
public class TeamDirectory {

    @PersistenceContext
    EntityManager em;

    /** Ids of the active teams the staff member is a member of. */
    public Set<Long> teamIdsOf(String username) {
        return new HashSet<>(em.createQuery("select t.id from Team t join t.members m "
                        + "where m.username = :u and t.active = true", Long.class)
                .setParameter("u", username).getResultList());
    }

    /** Ids of the active teams the staff member is the supervisor of. */
    public Set<Long> supervisedTeamIdsOf(String username) {
        return new HashSet<>(em.createQuery("select t.id from Team t "
                        + "where t.supervisor.username = :u and t.active = true", Long.class)
                .setParameter("u", username).getResultList());
    }

    public Optional<Team> findByCode(String code) {
        return em.createQuery("select t from Team t where t.code = :c", Team.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    public List<Team> all() {
        return em.createQuery("select t from Team t order by t.code", Team.class).getResultList();
    }
}
