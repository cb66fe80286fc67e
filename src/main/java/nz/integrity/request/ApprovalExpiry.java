package nz.integrity.request;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nz.integrity.audit.AuditTrail;
import nz.integrity.audit.AuditedAction;
import nz.integrity.platform.time.NewZealandTime;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Marks approvals that lapsed without the request being issued as EXPIRED, so lists and reviewers see the truth
 * without waiting for someone to try to issue. Issuing checks the expiry itself as well.
 */
@Singleton
public class ApprovalExpiry {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "7", persistent = false)
    public void expireLapsedApprovals() {
        LocalDate today = NewZealandTime.today(clock);
        List<InformationRequest> lapsed = em.createQuery("select r from InformationRequest r where r.status = "
                        + "nz.integrity.request.content.RequestStatus.APPROVED and r.approvalExpiresOn < :today", InformationRequest.class)
                .setParameter("today", today).getResultList();
        for (InformationRequest request : lapsed) {
            request.expireApproval(clock.instant());
            audit.record(AuditedAction.of("REQUEST_APPROVAL_EXPIRED", RequestService.REQUEST, request.reference())
                    .succeeded().because("approval lapsed unissued"));
        }
    }
}
