package nz.integrity.investigation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import nz.integrity.audit.AuditTrail;
import nz.integrity.audit.AuditedAction;
import nz.integrity.audit.AuditedReads;
import nz.integrity.platform.BusinessRuleException;
import nz.integrity.platform.NotFoundException;
import nz.integrity.platform.ValidationException;
import nz.integrity.platform.security.Authorization;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.List;

/** The case diary and evidence register: append-only records, every read and write audited. */
@ApplicationScoped
public class CaseRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseService cases;

    @Inject
    CaseAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    AuditedReads reads;

    @Inject
    Authorization authorization;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "app.evidence.max-bytes", defaultValue = "10485760")
    long maxEvidenceBytes;

    /** Adds a diary entry; {@code correctsEntryNumber} names the entry it corrects, or is null. */
    @Transactional
    public DiaryEntry addDiaryEntry(String reference, String text, Integer correctsEntryNumber) {
        CaseScope scope = access.requireScope();
        InvestigationCase target = cases.findVisible(reference, "ADD_DIARY_ENTRY", scope, true);
        DiaryEntry corrected = correctsEntryNumber == null ? null : em.createQuery(
                        "select d from DiaryEntry d where d.investigationCase = :c and d.entryNumber = :n", DiaryEntry.class)
                .setParameter("c", target).setParameter("n", correctsEntryNumber).getResultStream().findFirst()
                .orElseThrow(() -> new ValidationException("corrects", "There is no entry " + correctsEntryNumber + " to correct."));
        Integer last = em.createQuery("select max(d.entryNumber) from DiaryEntry d where d.investigationCase = :c", Integer.class)
                .setParameter("c", target).getSingleResult();
        DiaryEntry entry = DiaryEntry.next(target, last == null ? 0 : last, text, corrected, scope.username(), clock.instant());
        em.persist(entry);
        audit.record(AuditedAction.of("DIARY_ENTRY_ADDED", CaseService.CASE, reference).succeeded()
                .with("entryNumber", entry.entryNumber()).with("corrects", correctsEntryNumber));
        return entry;
    }

    @Transactional
    public List<DiaryEntry> diary(String reference) {
        return reads.read(() -> cases.findVisible(reference, "VIEW_DIARY"),
                target -> AuditedAction.of("DIARY_VIEWED", CaseService.CASE, reference).succeeded(),
                target -> em.createQuery("select d from DiaryEntry d where d.investigationCase = :c order by d.entryNumber",
                        DiaryEntry.class).setParameter("c", target).getResultList());
    }

    /** Registers evidence with its provenance and, when given, stores the file with its SHA-256. */
    @Transactional
    public EvidenceItem addEvidence(String reference, Provenance provenance, String fileName, String mediaType, byte[] file) {
        CaseScope scope = access.requireScope();
        InvestigationCase target = cases.findVisible(reference, "ADD_EVIDENCE", scope, true);
        EvidenceItem item = new EvidenceItem(target, provenance, scope.username(), clock.instant());
        em.persist(item);
        em.flush();
        if (file != null) {
            em.persist(EvidenceContent.attach(item, fileName, mediaType, file, maxEvidenceBytes));
        }
        audit.record(AuditedAction.of("EVIDENCE_ADDED", CaseService.CASE, reference).succeeded()
                .with("evidenceId", item.id()).with("sha256", item.sha256().orElse(null))
                .with("legalChannel", provenance.legalChannel()).with("purpose", provenance.purpose()));
        return item;
    }

    @Transactional
    public List<EvidenceItem> evidence(String reference) {
        return reads.read(() -> cases.findVisible(reference, "VIEW_EVIDENCE"),
                target -> AuditedAction.of("EVIDENCE_REGISTER_VIEWED", CaseService.CASE, reference).succeeded(),
                target -> em.createQuery("select e from EvidenceItem e where e.investigationCase = :c order by e.id",
                        EvidenceItem.class).setParameter("c", target).getResultList());
    }

    /** Triage of received material (R33); the caller has already established the request and its case. */
    @Transactional(Transactional.TxType.MANDATORY)
    public EvidenceItem triage(InvestigationCase investigationCase, long evidenceId, long requestId, EvidenceScope scope,
                               String reason) {
        EvidenceItem item = itemOf(investigationCase, evidenceId);
        if (!item.sourceRequestId().map(id -> id == requestId).orElse(false)) {
            throw new ValidationException("evidenceId", "Item " + evidenceId + " was not received for this request.");
        }
        item.triage(scope, nz.integrity.platform.Reasons.require(reason), access.requireScope().username(), clock.instant());
        audit.record(AuditedAction.of("EVIDENCE_TRIAGED", CaseService.CASE, investigationCase.reference().value())
                .succeeded().because(reason).with("evidenceId", evidenceId).with("scope", scope.name()));
        return item;
    }

    /**
     * Records how quarantined material was disposed of, and removes its stored content. Destroying material is
     * the investigators' act, as triage is; a supervisor who can read the case cannot.
     */
    @Transactional
    public EvidenceItem recordDisposal(String reference, long evidenceId, String note) {
        CaseScope scope = access.requireScope();
        InvestigationCase target = cases.findVisible(reference, "DISPOSE_EVIDENCE", scope, true);
        if (!scope.investigator()) {
            throw authorization.refuse("DISPOSE_EVIDENCE", CaseService.CASE, reference, "only investigators dispose of material");
        }
        EvidenceItem item = itemOf(target, evidenceId);
        item.recordDisposal(nz.integrity.platform.Reasons.require(note), access.requireScope().username(), clock.instant());
        em.createQuery("delete from EvidenceContent c where c.evidenceId = :id").setParameter("id", evidenceId).executeUpdate();
        audit.record(AuditedAction.of("EVIDENCE_DISPOSED", CaseService.CASE, reference).succeeded().because(note)
                .with("evidenceId", evidenceId).with("sha256", item.sha256().orElse(null)));
        return item;
    }

    private EvidenceItem itemOf(InvestigationCase investigationCase, long evidenceId) {
        return findItem(investigationCase, evidenceId).orElseThrow(() -> new NotFoundException("No evidence " + evidenceId));
    }

    /** An evidence item only through its own case, so an id from another case is never reached. */
    private java.util.Optional<EvidenceItem> findItem(InvestigationCase investigationCase, long evidenceId) {
        return em.createQuery("select e from EvidenceItem e where e.id = :id and e.investigationCase = :c", EvidenceItem.class)
                .setParameter("id", evidenceId).setParameter("c", investigationCase).getResultStream().findFirst();
    }

    /** The stored file of an evidence item; each download is audited with the item and its hash. */
    @Transactional
    public StoredFile downloadEvidence(String reference, long evidenceId) {
        InvestigationCase target = cases.findVisible(reference, "DOWNLOAD_EVIDENCE");
        EvidenceItem item = findItem(target, evidenceId)
                .filter(e -> e.fileName().isPresent() && e.disposedAt().isEmpty())
                .orElseThrow(() -> new NotFoundException("No stored file for evidence " + evidenceId));
        if (item.isQuarantined()) {
            audit.record(AuditedAction.of("EVIDENCE_DOWNLOAD_REFUSED", CaseService.CASE, reference).denied("quarantined")
                    .with("evidenceId", evidenceId));
            throw new BusinessRuleException("This material was triaged out of scope and is quarantined until it is disposed of.");
        }
        EvidenceContent content = em.find(EvidenceContent.class, item.id());
        byte[] bytes = EvidenceContent.verified(content == null ? null : content.content(), item.sha256().orElseThrow());
        audit.record(AuditedAction.of("EVIDENCE_DOWNLOADED", CaseService.CASE, reference).succeeded()
                .with("evidenceId", evidenceId).with("sha256", item.sha256().orElseThrow()));
        return new StoredFile(item.fileName().orElseThrow(), EvidenceMediaTypes.servable(item.mediaType().orElse(null)),
                bytes, item.sha256().orElseThrow());
    }

    public record StoredFile(String fileName, String mediaType, byte[] content, String sha256) {
    }
}
