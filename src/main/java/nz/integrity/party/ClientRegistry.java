package nz.integrity.party;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import nz.integrity.audit.AuditTrail;
import nz.integrity.audit.AuditedAction;
import nz.integrity.platform.BusinessRuleException;
import nz.integrity.platform.FieldChecks;
import nz.integrity.platform.NotFoundException;
import nz.integrity.platform.security.Authorization;
import nz.integrity.platform.time.NewZealandTime;
import nz.integrity.platform.security.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Clients' personal information, for investigators and supervisors only; administrators and reviewers are refused.
 * Every read of a client's details and every search is audited, so a later reviewer can see who looked at whom.
 */
@ApplicationScoped
public class ClientRegistry {

    static final String CLIENT = "CLIENT";
    private static final Role[] CASE_STAFF = {Role.INVESTIGATOR, Role.SUPERVISOR};

    @Inject
    Authorization authorization;

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
    public Client register(NewClient details) {
        authorization.requireAnyRole("REGISTER_CLIENT", CLIENT, null, CASE_STAFF);
        LocalDate today = NewZealandTime.today(clock);
        FieldChecks checks = new FieldChecks();
        ClientNumber number = checks.attempt("clientNumber", () -> ClientNumber.parse(details.clientNumber()));
        checks.requireText(details.givenNames(), "givenNames", "Enter the client's given names.")
                .maxLength(details.givenNames(), 200, "givenNames")
                .requireText(details.familyName(), "familyName", "Enter the client's family name.")
                .maxLength(details.familyName(), 200, "familyName")
                .presentableName(details.givenNames(), "givenNames")
                .presentableName(details.familyName(), "familyName")
                .require(details.dateOfBirth() != null, "dateOfBirth", "Enter the date of birth.");
        if (details.dateOfBirth() != null) {
            checks.require(details.dateOfBirth().isBefore(today), "dateOfBirth", "The date of birth must be in the past.")
                    .require(!details.dateOfBirth().isBefore(today.minusYears(130)), "dateOfBirth",
                            "The date of birth is more than 130 years ago.");
        }
        checkContact(checks, details.phone(), details.email(), details.postalAddress());
        checkSelfIdentification(checks, details.ethnicity(), details.iwiAffiliation(), details.selfIdentified());
        checks.throwIfAny();
        if (findEntity(number).isPresent()) {
            throw new BusinessRuleException("A client with this client number is already registered.");
        }
        Client client = new Client(number, details.givenNames(), details.familyName(), details.dateOfBirth(), today);
        client.updateContact(details.phone(), details.email(), details.postalAddress());
        client.recordSelfIdentification(details.ethnicity(), details.iwiAffiliation());
        em.persist(client);
        // Field names only: the trail shows what was recorded without copying personal information into it.
        audit.record(AuditedAction.of("CLIENT_REGISTERED", CLIENT, number.value()).succeeded()
                .with("contactRecorded", client.phone().isPresent() || client.email().isPresent()
                        || client.postalAddress().isPresent())
                .with("selfIdentificationRecorded", client.ethnicity().isPresent()
                        || client.iwiAffiliation().isPresent()));
        return client;
    }

    @Transactional
    public Client updateContact(String clientNumber, String phone, String email, String postalAddress) {
        authorization.requireAnyRole("UPDATE_CLIENT_CONTACT", CLIENT, clientNumber, CASE_STAFF);
        FieldChecks checks = new FieldChecks();
        checkContact(checks, phone, email, postalAddress);
        checks.throwIfAny();
        Client client = find(clientNumber);
        client.updateContact(phone, email, postalAddress);
        audit.record(AuditedAction.of("CLIENT_CONTACT_UPDATED", CLIENT, client.clientNumber().value()).succeeded());
        return client;
    }

    /** Replaces what the client told us about their ethnicity and iwi; blank values remove it. */
    @Transactional
    public Client recordSelfIdentification(String clientNumber, String ethnicity, String iwiAffiliation,
                                           boolean statedByClient) {
        authorization.requireAnyRole("RECORD_SELF_IDENTIFICATION", CLIENT, clientNumber, CASE_STAFF);
        FieldChecks checks = new FieldChecks();
        checkSelfIdentification(checks, ethnicity, iwiAffiliation, statedByClient);
        checks.throwIfAny();
        Client client = find(clientNumber);
        client.recordSelfIdentification(ethnicity, iwiAffiliation);
        audit.record(AuditedAction.of("CLIENT_SELF_IDENTIFICATION_RECORDED", CLIENT, client.clientNumber().value())
                .succeeded().with("source", "stated by the client")
                .with("recorded", client.ethnicity().isPresent() || client.iwiAffiliation().isPresent()));
        return client;
    }

    /** The client's full details; the view is audited with the purpose the caller gave. */
    @Transactional
    public Client view(String clientNumber, String purpose) {
        authorization.requireAnyRole("VIEW_CLIENT", CLIENT, clientNumber, CASE_STAFF);
        FieldChecks checks = new FieldChecks();
        checks.maxLength(purpose, 500, "purpose");
        checks.throwIfAny();
        Client client = find(clientNumber);
        AuditedAction viewed = AuditedAction.of("PERSONAL_INFO_VIEWED", CLIENT, client.clientNumber().value())
                .succeeded();
        audit.record(purpose == null || purpose.isBlank() ? viewed : viewed.because(purpose.strip()));
        return client;
    }

    /** Up to {@code app.search.max-results} clients whose given or family name starts with the text. */
    @Transactional
    public List<ClientSummary> searchByName(String name) {
        authorization.requireAnyRole("SEARCH_CLIENTS", CLIENT, null, CASE_STAFF);
        FieldChecks checks = new FieldChecks();
        checks.require(name != null && name.strip().length() >= 2, "name", "Type at least 2 letters of the name.")
                .maxLength(name, 200, "name");
        checks.throwIfAny();
        List<ClientSummary> found = em.createQuery("select c from Client c where lower(c.familyName) like :p "
                        + LikePatterns.ESCAPE + " or lower(c.givenNames) like :p " + LikePatterns.ESCAPE
                        + " or lower(concat(c.givenNames, ' ', c.familyName)) like :p " + LikePatterns.ESCAPE
                        + " order by c.familyName, c.givenNames, c.id", Client.class)
                .setParameter("p", LikePatterns.startingWith(name))
                .setMaxResults(maxResults)
                .getResultStream().map(ClientSummary::of).toList();
        // The query, not the results: the trail records what was looked for.
        audit.record(AuditedAction.of("CLIENT_SEARCHED", CLIENT, null).succeeded()
                .with("query", name.strip()).with("resultCount", found.size()));
        return found;
    }

    private Client find(String clientNumber) {
        FieldChecks checks = new FieldChecks();
        ClientNumber number = checks.attempt("clientNumber", () -> ClientNumber.parse(clientNumber));
        checks.throwIfAny();
        return findEntity(number).orElseThrow(() -> new NotFoundException("No client " + clientNumber));
    }

    private Optional<Client> findEntity(ClientNumber number) {
        return em.createQuery("select c from Client c where c.clientNumber = :n", Client.class)
                .setParameter("n", number.value()).getResultStream().findFirst();
    }

    private static void checkContact(FieldChecks checks, String phone, String email, String postalAddress) {
        checks.maxLength(phone, 40, "phone").maxLength(email, 254, "email").maxLength(postalAddress, 500, "postalAddress")
                .require(email == null || email.isBlank() || email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
                        "email", "The email address is not valid.");
    }

    private static void checkSelfIdentification(FieldChecks checks, String ethnicity, String iwi, boolean selfIdentified) {
        boolean anyGiven = (ethnicity != null && !ethnicity.isBlank()) || (iwi != null && !iwi.isBlank());
        checks.maxLength(ethnicity, 100, "ethnicity").maxLength(iwi, 200, "iwiAffiliation")
                .require(!anyGiven || selfIdentified, "selfIdentified",
                        "Record ethnicity and iwi affiliation only as the client stated them, and confirm that they did.");
    }
}
