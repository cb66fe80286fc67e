package nz.integrity.request;

import nz.integrity.request.content.RequestStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import nz.integrity.investigation.InvestigationCase;
import nz.integrity.platform.NotFoundException;

import java.util.List;

/** The queries the request use cases share. No authorisation here: callers go through {@link RequestAccess}. */
@ApplicationScoped
public class RequestRepository {

    @PersistenceContext
    EntityManager em;

    /** The request by reference, locked for update when a use case will change it; not found answers 404. */
    public InformationRequest load(String reference, boolean forUpdate) {
        return em.createQuery("select r from InformationRequest r where r.reference = :r", InformationRequest.class)
                .setParameter("r", reference)
                .setLockMode(forUpdate ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("No request " + reference));
    }

    public void add(InformationRequest request) {
        em.persist(request);
    }

    /** Every request on a case, oldest first. */
    public List<InformationRequest> onCase(InvestigationCase investigationCase) {
        return em.createQuery("select r from InformationRequest r where r.investigationCase = :c order by r.id",
                InformationRequest.class).setParameter("c", investigationCase).getResultList();
    }

    /** Every request waiting for an approver's decision, oldest first. */
    public List<InformationRequest> submitted() {
        return em.createQuery("select r from InformationRequest r where r.status = :s order by r.id", InformationRequest.class)
                .setParameter("s", RequestStatus.SUBMITTED).getResultList();
    }

    /** Writes pending changes now, so a broken constraint surfaces inside the use case that caused it. */
    public void flush() {
        em.flush();
    }
}
