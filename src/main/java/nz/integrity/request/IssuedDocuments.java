package nz.integrity.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import nz.integrity.investigation.EvidenceContent;
import nz.integrity.party.Client;
import nz.integrity.party.ClientNumber;
import nz.integrity.party.DeliveryChannel;
import nz.integrity.party.RecipientOrganisation;
import nz.integrity.platform.NotFoundException;
import nz.integrity.platform.time.NewZealandTime;
import nz.integrity.request.content.NoticeTerms;
import nz.integrity.request.content.RequestContent;
import nz.integrity.request.notice.Addressee;
import nz.integrity.request.notice.CancellationLetter;
import nz.integrity.request.notice.CancellationLetterRenderer;
import nz.integrity.request.notice.ClientLetter;
import nz.integrity.request.notice.ClientLetterRenderer;
import nz.integrity.request.notice.Contact;
import nz.integrity.request.notice.IssuingOfficer;
import nz.integrity.request.notice.Letterhead;
import nz.integrity.request.notice.NoticeRenderer;
import nz.integrity.request.notice.StatutoryNotice;
import nz.integrity.request.rules.RuleSetCatalogue;
import nz.integrity.request.rules.StatutoryPurposeRule;
import nz.integrity.staff.StaffDirectory;
import nz.integrity.staff.StaffMember;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * Renders the document an approved request becomes (a statutory notice, or a letter to the client) from its
 * approved structured data only, and keeps the exact bytes with their SHA-256 for download and review.
 */
@ApplicationScoped
public class IssuedDocuments {

    @PersistenceContext
    EntityManager em;

    @Inject
    RuleSetCatalogue catalogue;

    @Inject
    StaffDirectory staff;

    @Inject
    @ConfigProperty(name = "app.notice.contact-phone", defaultValue = "0800 559 009")
    String contactPhone;

    @Inject
    @ConfigProperty(name = "app.notice.contact-email", defaultValue = "integrity.notices@msd.govt.nz")
    String contactEmail;

    public record IssuedDocument(String fileName, String mediaType, byte[] content, String sha256) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public IssuedDocument renderAndKeep(InformationRequest request, NoticeTerms terms, String issuer, Instant at) {
        RequestContent content = request.content();
        Letterhead letterhead = letterheadOf(request, issuer);
        var purposes = catalogue.applicableOn(terms.givenOn()).rules().stream()
                .filter(StatutoryPurposeRule.class::isInstance).map(r -> ((StatutoryPurposeRule) r).purposes())
                .findFirst().orElseThrow();
        byte[] pdf = content.isThirdPartyNotice()
                ? new NoticeRenderer().render(StatutoryNotice.forApprovedRequest(letterhead, addresseeOf(content), content,
                        terms, purposes, Set.of()))
                : new ClientLetterRenderer().render(ClientLetter.forClientRequest(letterhead, addresseeOf(content), content,
                        terms, purposes));
        IssuedDocument document = new IssuedDocument(request.reference() + ".pdf", "application/pdf", pdf,
                EvidenceContent.sha256(pdf));
        em.createNativeQuery("insert into request_document (request_id, file_name, media_type, sha256, created_at, content) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, request.id()).setParameter(2, document.fileName()).setParameter(3, document.mediaType())
                .setParameter(4, document.sha256()).setParameter(5, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .setParameter(6, pdf).executeUpdate();
        return document;
    }

    /**
     * Renders the letter telling the addressee of an issued request that it is cancelled (R36) and keeps it with
     * the reason, which stays inside the Ministry.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public IssuedDocument renderCancellationAndKeep(InformationRequest request, String reason, String by, Instant at) {
        RequestContent content = request.content();
        byte[] pdf = new CancellationLetterRenderer().render(new CancellationLetter(letterheadOf(request, by),
                addresseeOf(content), content.isThirdPartyNotice(), request.givenOn().orElseThrow(),
                NewZealandTime.dateOf(at)));
        IssuedDocument document = new IssuedDocument(request.reference() + "-cancellation.pdf", "application/pdf", pdf,
                EvidenceContent.sha256(pdf));
        em.createNativeQuery("insert into request_cancellation (request_id, reason, cancelled_by, cancelled_at, file_name, "
                        + "media_type, sha256, content) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, request.id()).setParameter(2, reason).setParameter(3, by)
                .setParameter(4, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).setParameter(5, document.fileName())
                .setParameter(6, document.mediaType()).setParameter(7, document.sha256()).setParameter(8, pdf)
                .executeUpdate();
        return document;
    }

    public IssuedDocument storedCancellation(InformationRequest request) {
        return storedIn("request_cancellation", request, "has not been cancelled");
    }

    private Letterhead letterheadOf(InformationRequest request, String officer) {
        String name = staff.findByUsername(officer).map(StaffMember::displayName).orElse(officer);
        return new Letterhead(request.reference(), request.investigationCase().reference().value(),
                new IssuingOfficer(name, "Integrity investigator"), new Contact(contactPhone, contactEmail));
    }

    /** A notice goes to the recipient's verified channel from the registry; a client letter to the client's address. */
    private Addressee addresseeOf(RequestContent content) {
        if (content.isThirdPartyNotice()) {
            RecipientOrganisation organisation = em.find(RecipientOrganisation.class,
                    Long.valueOf(content.recipient().orElseThrow().registryId()));
            return new Addressee(organisation.name(), organisation.deliveryChannel(), List.of(organisation.deliveryAddress()));
        }
        Client client = clientOf(content);
        return new Addressee(client.fullName(), DeliveryChannel.POST,
                List.of(client.postalAddress().orElse("Address held on the client record")));
    }

    public IssuedDocument stored(InformationRequest request) {
        return storedIn("request_document", request, "has not been issued");
    }

    /** The kept bytes of a request's document; {@code table} is one of this class's own two tables, never input. */
    private IssuedDocument storedIn(String table, InformationRequest request, String whenMissing) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select file_name, media_type, content, sha256 from " + table
                + " where request_id = ?1").setParameter(1, request.id()).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("Request " + request.reference() + " " + whenMissing);
        }
        Object[] row = rows.get(0);
        return new IssuedDocument((String) row[0], (String) row[1],
                EvidenceContent.verified((byte[]) row[2], (String) row[3]), (String) row[3]);
    }

    private Client clientOf(RequestContent content) {
        String number = content.subjects().stream().filter(s -> s.role() == nz.integrity.investigation.SubjectRole.CLIENT)
                .findFirst().orElseThrow(() -> new NotFoundException("The client request names no client")).personId();
        return em.createQuery("select c from Client c where c.clientNumber = :n", Client.class)
                .setParameter("n", new ClientNumber(number).value()).getSingleResult();
    }
}
