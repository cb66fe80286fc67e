package nz.integrity.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import nz.integrity.audit.AuditTrail;
import nz.integrity.audit.AuditedAction;
import nz.integrity.investigation.CaseRecords;
import nz.integrity.investigation.EvidenceItem;
import nz.integrity.investigation.EvidenceScope;
import nz.integrity.investigation.Provenance;
import nz.integrity.platform.BusinessRuleException;
import nz.integrity.platform.ValidationException;
import nz.integrity.platform.time.NewZealandTime;
import nz.integrity.request.content.PurposeCode;
import nz.integrity.request.content.Recipient;
import nz.integrity.request.content.RequestContent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What comes back from an issued request: documents enter the evidence register with the request as their
 * provenance, each is triaged in or out of scope (R33), and the request completes once out-of-scope material
 * has been disposed of.
 */
@ApplicationScoped
public class RequestResponses {

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestAccess requests;

    @Inject
    CaseRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public record ReceivedDocument(String description, String fileName, String mediaType, byte[] content) {
    }

    public record TriageDecision(EvidenceScope scope, String reason) {
    }

    @Transactional
    public List<EvidenceItem> recordResponse(String reference, LocalDate receivedOn, List<ReceivedDocument> documents) {
        if (documents == null || documents.isEmpty()) {
            throw new ValidationException("documents", "Attach at least one received document.");
        }
        if (receivedOn == null || receivedOn.isAfter(NewZealandTime.today(clock))) {
            throw new ValidationException("receivedOn", "Give the date the response arrived; it cannot be in the future.");
        }
        InformationRequest request = requests.findForCaseTeam(reference, "RECORD_RESPONSE");
        request.recordResponse(clock.instant());
        RequestContent content = request.content();
        String source = content.recipient().map(Recipient::name).orElse("The client");
        String channel = (content.isThirdPartyNotice() ? "Notice under Schedule 6 clause 2, " : "Client request ") + reference;
        String purpose = content.purposes().stream().map(PurposeCode::value).sorted().collect(Collectors.joining(", "));
        List<EvidenceItem> received = documents.stream().map(document -> {
            EvidenceItem item = records.addEvidence(request.investigationCase().reference().value(),
                    new Provenance(document.description(), source, channel, purpose, receivedOn),
                    document.fileName(), document.mediaType(), document.content());
            item.receivedInResponseTo(request.id());
            return item;
        }).toList();
        audit.record(AuditedAction.of("REQUEST_RESPONSE_RECORDED", RequestService.REQUEST, reference).succeeded()
                .with("documents", received.size()));
        return received;
    }

    /** What was received for the request, with each item's triage and disposal; the case's people only. */
    @Transactional
    public List<EvidenceItem> received(String reference) {
        InformationRequest request = requests.findOnVisibleCase(reference, "VIEW_RESPONSE");
        audit.record(AuditedAction.of("REQUEST_RESPONSE_VIEWED", RequestService.REQUEST, reference).succeeded());
        return em.createQuery("select e from EvidenceItem e where e.sourceRequestId = :id order by e.id", EvidenceItem.class)
                .setParameter("id", request.id()).getResultList();
    }

    /** Triage of every item received for the request; the request moves on when nothing is left untriaged. */
    @Transactional
    public InformationRequest triage(String reference, Map<Long, TriageDecision> decisions) {
        InformationRequest request = requests.findForCaseTeam(reference, "TRIAGE_RESPONSE");
        if (decisions == null || decisions.isEmpty()) {
            throw new ValidationException("items", "Give a triage decision for the received items.");
        }
        decisions.forEach((evidenceId, decision) -> {
            if (decision == null || decision.scope() == null) {
                throw new ValidationException("scope", "Choose in scope or out of scope for item " + evidenceId + ".");
            }
            records.triage(request.investigationCase(), evidenceId, request.id(), decision.scope(), decision.reason());
        });
        if (untriaged(request) == 0) {
            request.finishTriage(clock.instant());
            audit.record(AuditedAction.of("REQUEST_TRIAGED", RequestService.REQUEST, reference).succeeded());
        }
        return request;
    }

    /** Completes a triaged request; out-of-scope material must have had its disposal recorded first. */
    @Transactional
    public InformationRequest complete(String reference) {
        InformationRequest request = requests.findForCaseTeam(reference, "COMPLETE_REQUEST");
        long awaitingDisposal = em.createQuery("select count(e) from EvidenceItem e where e.sourceRequestId = :id "
                        + "and e.scope = nz.integrity.investigation.EvidenceScope.OUT_OF_SCOPE and e.disposedAt is null", Long.class)
                .setParameter("id", request.id()).getSingleResult();
        if (awaitingDisposal > 0) {
            throw new BusinessRuleException(awaitingDisposal + " out-of-scope item(s) still wait for their disposal to be recorded.",
                    List.of("R33"));
        }
        request.complete(clock.instant());
        audit.record(AuditedAction.of("REQUEST_COMPLETED", RequestService.REQUEST, reference).succeeded());
        return request;
    }

    private long untriaged(InformationRequest request) {
        return em.createQuery("select count(e) from EvidenceItem e where e.sourceRequestId = :id and e.scope is null", Long.class)
                .setParameter("id", request.id()).getSingleResult();
    }
}
