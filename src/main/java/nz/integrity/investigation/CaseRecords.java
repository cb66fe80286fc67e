package nz.integrity.investigation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import nz.integrity.audit.AuditTrail;
import nz.integrity.audit.AuditedAction;
import nz.integrity.platform.NotFoundException;
import nz.integrity.platform.ValidationException;
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
        InvestigationCase target = cases.findVisible(reference, "VIEW_DIARY");
        audit.record(AuditedAction.of("DIARY_VIEWED", CaseService.CASE, reference).succeeded());
        return em.createQuery("select d from DiaryEntry d where d.investigationCase = :c order by d.entryNumber", DiaryEntry.class)
                .setParameter("c", target).getResultList();
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
        InvestigationCase target = cases.findVisible(reference, "VIEW_EVIDENCE");
        audit.record(AuditedAction.of("EVIDENCE_REGISTER_VIEWED", CaseService.CASE, reference).succeeded());
        return em.createQuery("select e from EvidenceItem e where e.investigationCase = :c order by e.id", EvidenceItem.class)
                .setParameter("c", target).getResultList();
    }

    /** The stored file of an evidence item; each download is audited with the item and its hash. */
    @Transactional
    public StoredFile downloadEvidence(String reference, long evidenceId) {
        InvestigationCase target = cases.findVisible(reference, "DOWNLOAD_EVIDENCE");
        EvidenceItem item = em.createQuery("select e from EvidenceItem e where e.id = :id and e.investigationCase = :c", EvidenceItem.class)
                .setParameter("id", evidenceId).setParameter("c", target).getResultStream().findFirst()
                .filter(e -> e.fileName().isPresent())
                .orElseThrow(() -> new NotFoundException("No stored file for evidence " + evidenceId));
        EvidenceContent content = em.find(EvidenceContent.class, item.id());
        audit.record(AuditedAction.of("EVIDENCE_DOWNLOADED", CaseService.CASE, reference).succeeded()
                .with("evidenceId", evidenceId).with("sha256", item.sha256().orElseThrow()));
        return new StoredFile(item.fileName().orElseThrow(), item.mediaType().orElseThrow(), content.content(),
                item.sha256().orElseThrow());
    }

    public record StoredFile(String fileName, String mediaType, byte[] content, String sha256) {
    }
}
