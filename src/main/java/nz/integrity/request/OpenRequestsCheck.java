package nz.integrity.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nz.integrity.investigation.CaseClosureCheck;
import nz.integrity.investigation.InvestigationCase;

import java.util.List;

/**
 * R36: a case closes only when none of its requests can still go out or still expects an answer. An unneeded
 * request is withdrawn before issue or cancelled after it (and the recipient told); a received response is
 * triaged and completed.
 */
@ApplicationScoped
public class OpenRequestsCheck implements CaseClosureCheck {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<String> openWorkOn(InvestigationCase investigationCase) {
        return em.createQuery("select r from InformationRequest r where r.investigationCase = :c order by r.id",
                        InformationRequest.class).setParameter("c", investigationCase).getResultStream()
                .filter(request -> !request.status().isTerminal())
                .map(request -> request.reference() + " (" + request.status().name().toLowerCase().replace('_', ' ') + ")")
                .toList();
    }

    @Override
    public List<String> ruleIds() {
        return List.of("R36");
    }
}
