package nz.integrity.request;

import nz.integrity.request.content.RequestStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nz.integrity.investigation.InvestigationCase;
import nz.integrity.request.content.DateRange;
import nz.integrity.request.content.NoticeTerms;
import nz.integrity.request.content.Recipient;
import nz.integrity.request.content.RequestType;
import nz.integrity.request.rules.ApprovalLevel;
import nz.integrity.request.rules.Approver;
import nz.integrity.request.rules.CaseContext;
import nz.integrity.request.rules.CaseRequestSummary;
import nz.integrity.request.rules.Checkpoint;
import nz.integrity.request.rules.Delegation;
import nz.integrity.request.rules.RequestFacts;
import nz.integrity.staff.DelegatedAuthority;
import nz.integrity.staff.Team;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Collects, from the database, the snapshot of facts the Code's rules are evaluated against. */
@ApplicationScoped
public class RequestFactsAssembler {

    @PersistenceContext
    EntityManager em;

    public RequestFacts facts(InformationRequest request, Checkpoint checkpoint, LocalDate today, Optional<String> approver) {
        return facts(request, checkpoint, today, approver, Optional.empty());
    }

    public RequestFacts facts(InformationRequest request, Checkpoint checkpoint, LocalDate today, Optional<String> approver,
                              Optional<NoticeTerms> notice) {
        InvestigationCase c = request.investigationCase();
        return new RequestFacts(checkpoint, today, request.reference(), request.content(), notice,
                caseContext(c), request.applicant(), request.editors(),
                approver.map(username -> approverFacts(username, today)), request.approval(),
                otherRequests(request), List.of());
    }

    private CaseContext caseContext(InvestigationCase c) {
        Team team = c.team();
        Set<String> teamIds = new HashSet<>();
        team.members().forEach(m -> teamIds.add(m.username()));
        team.supervisor().ifPresent(s -> teamIds.add(s.username()));
        List<Object[]> opening = em.createQuery("select d.reason, d.decidedBy from CaseDecision d "
                        + "where d.investigationCase = :c and d.toStatus = nz.integrity.investigation.CaseStatus.INVESTIGATING "
                        + "order by d.id desc", Object[].class)
                .setParameter("c", c).setMaxResults(1).getResultList();
        String grounds = opening.isEmpty() ? "" : (String) opening.get(0)[0];
        String authorisedBy = opening.isEmpty() ? "" : (String) opening.get(0)[1];
        return new CaseContext(c.reference().value(), c.status(),
                Optional.of(new DateRange(c.period().from(), c.period().to())), Optional.of(c.allegationType()),
                grounds, authorisedBy, team.code(), teamIds);
    }

    private Approver approverFacts(String username, LocalDate today) {
        List<nz.integrity.staff.Delegation> inForce = em.createQuery(
                        "select d from Delegation d where d.delegate.username = :u and d.revokedAt is null "
                                + "and d.window.validFrom <= :today and d.window.validTo >= :today "
                                + "and d.authority in :authorities", nz.integrity.staff.Delegation.class)
                .setParameter("u", username).setParameter("today", today)
                .setParameter("authorities", EnumSet.of(DelegatedAuthority.APPROVE_INFORMATION_REQUEST,
                        DelegatedAuthority.APPROVE_ELEVATED_REQUEST))
                .getResultList();
        Optional<Delegation> strongest = inForce.stream()
                .sorted((a, b) -> Boolean.compare(isElevated(b), isElevated(a)))
                .findFirst()
                .map(d -> new Delegation(d.instrument(), EnumSet.allOf(RequestType.class),
                        isElevated(d) ? ApprovalLevel.ELEVATED : ApprovalLevel.STANDARD, d.validFrom(),
                        Optional.of(d.validTo())));
        List<String> units = em.createQuery("select t.code from Team t left join t.members m "
                        + "where m.username = :u or t.supervisor.username = :u order by t.code", String.class)
                .setParameter("u", username).getResultList();
        return new Approver(username, units.isEmpty() ? "none" : units.get(0), strongest);
    }

    private static boolean isElevated(nz.integrity.staff.Delegation d) {
        return d.authority() == DelegatedAuthority.APPROVE_ELEVATED_REQUEST;
    }

    /**
     * The other requests on the case as the rules need them (R30, R31): the columns only, so an evaluation does not
     * load each request with its editors.
     */
    private List<CaseRequestSummary> otherRequests(InformationRequest request) {
        return em.createQuery("select r.reference, r.type, r.status, r.contentJson from InformationRequest r "
                        + "where r.investigationCase = :c and r.id <> :id", Object[].class)
                .setParameter("c", request.investigationCase()).setParameter("id", request.id())
                .getResultList().stream()
                .map(row -> {
                    Optional<Recipient> recipient = RequestContentJson.read((String) row[3]).recipient();
                    return new CaseRequestSummary((String) row[0], (RequestType) row[1], recipient.map(Recipient::type),
                            recipient.map(Recipient::registryId), (RequestStatus) row[2]);
                })
                .toList();
    }
}
