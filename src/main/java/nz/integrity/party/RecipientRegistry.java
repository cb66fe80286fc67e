package nz.integrity.party;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import nz.integrity.audit.AuditTrail;
import nz.integrity.audit.AuditedAction;
import nz.integrity.platform.BusinessRuleException;
import nz.integrity.platform.FieldChecks;
import nz.integrity.platform.NotFoundException;
import nz.integrity.platform.security.Authorization;
import nz.integrity.platform.security.CallerContext;
import nz.integrity.platform.security.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.List;

/**
 * The organisations notices can go to. Administrators keep the registry; investigators and supervisors look up
 * active organisations when drafting a request. A changed channel is unverified until someone confirms it.
 */
@ApplicationScoped
public class RecipientRegistry {

    static final String RECIPIENT = "RECIPIENT_ORGANISATION";

    @Inject
    Authorization authorization;

    @Inject
    CallerContext caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "app.search.max-results", defaultValue = "50")
    int maxResults;

    @PersistenceContext
    EntityManager em;

    @Transactional
    public RecipientOrganisation create(String name, RecipientType type, DeliveryChannel channel, String address) {
        authorization.requireAnyRole("CREATE_RECIPIENT", RECIPIENT, null, Role.ADMIN);
        FieldChecks checks = new FieldChecks();
        checks.require(type != null, "type", "Choose the kind of organisation.")
                .require(channel != null, "deliveryChannel", "Choose the delivery channel.");
        checks.attempt("name", () -> new RecipientOrganisation(name, RecipientType.OTHER, DeliveryChannel.POST, "-"));
        checks.attempt("deliveryAddress",
                () -> new RecipientOrganisation("-", RecipientType.OTHER, DeliveryChannel.POST, address));
        checks.throwIfAny();
        RecipientOrganisation organisation = new RecipientOrganisation(name, type, channel, address);
        em.persist(organisation);
        em.flush();
        audit.record(AuditedAction.of("RECIPIENT_CREATED", RECIPIENT, String.valueOf(organisation.id())).succeeded()
                .with("name", organisation.name()).with("type", type.name()).with("channel", channel.name()));
        return organisation;
    }

    @Transactional
    public RecipientOrganisation changeDeliveryChannel(long id, DeliveryChannel channel, String address) {
        authorization.requireAnyRole("CHANGE_RECIPIENT_CHANNEL", RECIPIENT, String.valueOf(id), Role.ADMIN);
        RecipientOrganisation organisation = find(id);
        FieldChecks checks = new FieldChecks();
        checks.require(channel != null, "deliveryChannel", "Choose the delivery channel.");
        checks.throwIfAny();
        String before = organisation.deliveryChannel() + " " + organisation.deliveryAddress();
        checks.attempt("deliveryAddress", () -> {
            organisation.changeDeliveryChannel(channel, address);
            return organisation;
        });
        checks.throwIfAny();
        audit.record(AuditedAction.of("RECIPIENT_CHANNEL_CHANGED", RECIPIENT, String.valueOf(id)).succeeded()
                .with("before", before)
                .with("after", organisation.deliveryChannel() + " " + organisation.deliveryAddress()));
        return organisation;
    }

    /** Records that the channel was confirmed with the organisation itself, by whom and when. */
    @Transactional
    public RecipientOrganisation verifyChannel(long id) {
        authorization.requireAnyRole("VERIFY_RECIPIENT_CHANNEL", RECIPIENT, String.valueOf(id), Role.ADMIN);
        RecipientOrganisation organisation = find(id);
        if (!organisation.isActive()) {
            throw new BusinessRuleException("This organisation is deactivated.");
        }
        organisation.verifyDeliveryChannel(caller.username(), clock.instant());
        audit.record(AuditedAction.of("RECIPIENT_CHANNEL_VERIFIED", RECIPIENT, String.valueOf(id)).succeeded()
                .with("channel", organisation.deliveryChannel().name()));
        return organisation;
    }

    @Transactional
    public RecipientOrganisation deactivate(long id, String reason) {
        authorization.requireAnyRole("DEACTIVATE_RECIPIENT", RECIPIENT, String.valueOf(id), Role.ADMIN);
        FieldChecks checks = new FieldChecks();
        checks.require(reason != null && reason.strip().length() >= 5, "reason", "Give a reason of at least 5 characters.")
                .maxLength(reason, 2000, "reason");
        checks.throwIfAny();
        RecipientOrganisation organisation = find(id);
        organisation.deactivate();
        audit.record(AuditedAction.of("RECIPIENT_DEACTIVATED", RECIPIENT, String.valueOf(id)).succeeded()
                .because(reason));
        return organisation;
    }

    /** Administrators see every organisation; case staff only active ones, the ones a new request may use. */
    @Transactional
    public List<RecipientOrganisation> search(String name, RecipientType type) {
        authorization.requireAnyRole("SEARCH_RECIPIENTS", RECIPIENT, null, Role.ADMIN, Role.INVESTIGATOR,
                Role.SUPERVISOR);
        StringBuilder jpql = new StringBuilder("select r from RecipientOrganisation r where 1 = 1");
        if (!caller.hasRole(Role.ADMIN)) {
            jpql.append(" and r.active = true");
        }
        if (name != null && !name.isBlank()) {
            jpql.append(" and lower(r.name) like :pattern " + LikePatterns.ESCAPE);
        }
        if (type != null) {
            jpql.append(" and r.type = :type");
        }
        TypedQuery<RecipientOrganisation> query = em.createQuery(jpql.append(" order by r.name, r.id").toString(),
                RecipientOrganisation.class);
        if (name != null && !name.isBlank()) {
            query.setParameter("pattern", LikePatterns.containing(name));
        }
        if (type != null) {
            query.setParameter("type", type);
        }
        return query.setMaxResults(maxResults).getResultList();
    }

    @Transactional
    public RecipientOrganisation read(long id) {
        authorization.requireAnyRole("READ_RECIPIENT", RECIPIENT, String.valueOf(id), Role.ADMIN, Role.INVESTIGATOR,
                Role.SUPERVISOR);
        RecipientOrganisation organisation = find(id);
        if (!organisation.isActive() && !caller.hasRole(Role.ADMIN)) {
            throw new NotFoundException("No recipient organisation " + id);
        }
        return organisation;
    }

    private RecipientOrganisation find(long id) {
        RecipientOrganisation organisation = em.find(RecipientOrganisation.class, id);
        if (organisation == null) {
            throw new NotFoundException("No recipient organisation " + id);
        }
        return organisation;
    }
}
