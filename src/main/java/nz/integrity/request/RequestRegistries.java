package nz.integrity.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nz.integrity.investigation.CaseSubject;
import nz.integrity.investigation.InvestigationCase;
import nz.integrity.party.RecipientOrganisation;
import nz.integrity.party.RecipientType;
import nz.integrity.platform.ValidationException;
import nz.integrity.request.content.Recipient;
import nz.integrity.request.content.RequestContent;
import nz.integrity.request.content.Subject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Replaces what a client says about recipients and subjects with the registries' own records: a request names
 * a registered organisation with a verified channel and people who are subjects of the case, never free text.
 */
@ApplicationScoped
public class RequestRegistries {

    @PersistenceContext
    EntityManager em;

    public RequestContent resolve(InvestigationCase investigationCase, RequestContent content) {
        Optional<Recipient> recipient = content.recipient().map(this::registered);
        Map<String, CaseSubject> subjects = em.createQuery(
                        "select s from CaseSubject s where s.investigationCase = :c", CaseSubject.class)
                .setParameter("c", investigationCase).getResultList().stream()
                .collect(Collectors.toMap(s -> s.client().clientNumber().value(), Function.identity()));
        List<Subject> resolved = new ArrayList<>();
        for (Subject subject : content.subjects()) {
            CaseSubject known = subjects.get(subject.personId());
            if (known == null) {
                throw new ValidationException("subjects", "Client " + subject.personId() + " is not a subject of case "
                        + investigationCase.reference() + "; add them to the case first.");
            }
            resolved.add(new Subject(subject.personId(), known.role(), known.client().fullName(),
                    Optional.of(known.client().dateOfBirth()), subject.ownJustification(), subject.askedFirstRef()));
        }
        return new RequestContent(content.type(), recipient, resolved, content.purposes(), content.items(),
                content.justification());
    }

    private Recipient registered(Recipient claimed) {
        RecipientOrganisation organisation;
        try {
            organisation = em.find(RecipientOrganisation.class, Long.valueOf(claimed.registryId()));
        } catch (NumberFormatException e) {
            organisation = null;
        }
        if (organisation == null || !organisation.isActive()) {
            throw new ValidationException("recipient", "Choose a recipient from the registry.");
        }
        if (!organisation.hasVerifiedChannel()) {
            throw new ValidationException("recipient", organisation.name() + "'s delivery channel is not verified yet.");
        }
        return new Recipient(String.valueOf(organisation.id()), organisation.name(), organisation.type(),
                organisation.type() == RecipientType.GOVERNMENT_AGENCY && organisation.name().toLowerCase().contains("police"));
    }
}
