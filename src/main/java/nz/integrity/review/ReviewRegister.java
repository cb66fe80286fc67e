package nz.integrity.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import nz.integrity.audit.AuditTrail;
import nz.integrity.audit.AuditedAction;
import nz.integrity.investigation.CaseAuditTimeline;
import nz.integrity.investigation.CaseSubject;
import nz.integrity.investigation.InvestigationCase;
import nz.integrity.platform.NotFoundException;
import nz.integrity.platform.persistence.SqlValues;
import nz.integrity.request.content.ClientFirstBasis;
import nz.integrity.request.content.DateRange;
import nz.integrity.request.InformationRequest;
import nz.integrity.request.content.PurposeCode;
import nz.integrity.request.content.Recipient;
import nz.integrity.request.content.RequestContent;
import nz.integrity.staff.StaffMember;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The reviewer's information-request register and case audit timelines (domain brief section 10). Everything is
 * built for the reviewer's scope: people, organisations and staff become stable pseudonyms, identifying numbers
 * and names are removed from free text, and identities appear only for cases named in an identified grant.
 * Every view is audited.
 */
@ApplicationScoped
public class ReviewRegister {

    @PersistenceContext
    EntityManager em;

    @Inject
    ReviewGrants grants;

    @Inject
    Pseudonyms pseudonyms;

    @Inject
    AuditTrail audit;

    @Inject
    CaseAuditTimeline caseEvents;

    public record ItemView(String category, String description, LocalDate from, LocalDate to, String againstPeriod) {
    }

    public record VerdictView(String verdict, String decidedBy, String decidedRole, Instant decidedAt, String reason) {
    }

    public record RegisterEntry(String request, String caseKey, boolean identified, String codeVersion, String type,
                                String status, List<String> purposes, String recipientType, String recipient,
                                List<String> subjects, List<ItemView> items, String clientFirst, String applicant,
                                List<VerdictView> decisions, String notificationPlan, LocalDate periodFrom, LocalDate periodTo) {
    }

    public record TimelineEntry(Long seq, Instant at, String actor, String actorRole, String action, String object,
                                String outcome, String reason) {
    }

    @Transactional
    public List<RegisterEntry> register() {
        ReviewScope scope = grants.requireScopeOfCaller("VIEW_REVIEW_REGISTER");
        List<String> staffNames = staffNames();
        List<RegisterEntry> entries = em.createQuery("select r from InformationRequest r order by r.id desc",
                        InformationRequest.class).setMaxResults(500).getResultList().stream()
                .map(r -> entry(r, scope, staffNames)).toList();
        audit.record(AuditedAction.of("REVIEW_REGISTER_VIEWED", "REVIEW", null).succeeded().with("rows", entries.size()));
        return entries;
    }

    /** The audit timeline of one case, by its reference (identified grants) or its pseudonym. */
    @Transactional
    public List<TimelineEntry> timeline(String caseKey) {
        if (caseKey == null || caseKey.isBlank()) {
            // A bookmark or hand-typed address without the case parameter names no case: not found, not a crash.
            throw new NotFoundException("No case was named. Open a case from the review register.");
        }
        ReviewScope scope = grants.requireScopeOfCaller("VIEW_REVIEW_TIMELINE");
        // A pseudonym cannot be reversed, so it is matched against the cases the register can show (those with
        // requests) instead of every case; a real reference is looked up only under an identified grant.
        Stream<InvestigationCase> candidates = scope.mayIdentify(caseKey)
                ? em.createQuery("select c from InvestigationCase c where c.reference = :key", InvestigationCase.class)
                        .setParameter("key", caseKey).getResultStream()
                : em.createQuery("select distinct r.investigationCase from InformationRequest r", InvestigationCase.class)
                        .getResultStream();
        InvestigationCase investigationCase = candidates
                .filter(c -> caseKey.equals(caseKey(c, scope)))
                .findFirst().orElseThrow(() -> new NotFoundException("No case " + caseKey));
        List<String> names = Stream.concat(staffNames().stream(), subjectNames(investigationCase).stream()).toList();
        List<TimelineEntry> timeline = caseEvents.eventsOf(investigationCase).stream()
                .map(event -> new TimelineEntry(event.seq(), event.at(), pseudonyms.of("Staff", event.actor()),
                        event.actorRole(), event.action(), "CASE".equals(event.objectType()) ? caseKey : event.objectId(),
                        event.outcome(), Redaction.redact(event.reason(), names)))
                .toList();
        audit.record(AuditedAction.of("REVIEW_TIMELINE_VIEWED", "REVIEW", caseKey).succeeded().with("events", timeline.size()));
        return timeline;
    }

    private RegisterEntry entry(InformationRequest request, ReviewScope scope, List<String> staffNames) {
        InvestigationCase c = request.investigationCase();
        boolean identified = scope.mayIdentify(c.reference().value());
        List<String> names = Stream.concat(staffNames.stream(), subjectNames(c).stream()).toList();
        RequestContent content = request.content();
        List<ItemView> items = content.items().stream().map(item -> new ItemView(item.category().name(),
                identified ? item.description() : Redaction.redact(item.description(), names),
                item.range().map(DateRange::from).orElse(null), item.range().map(DateRange::to).orElse(null),
                againstPeriod(item.range(), c))).toList();
        String clientFirst = content.items().stream().map(item -> clientFirst(item.clientFirst())).distinct()
                .reduce((a, b) -> a + "; " + b).orElse("");
        List<String> subjects = content.subjects().stream()
                .map(s -> identified ? s.role().name() + ": " + s.name() : s.role().name()).toList();
        return new RegisterEntry(request.reference(), caseKey(c, scope), identified, request.codeVersion(),
                request.type().name(), request.status().name(),
                content.purposes().stream().map(PurposeCode::value).sorted().toList(),
                content.recipient().map(r -> r.type().name()).orElse("CLIENT"),
                content.recipient().map(Recipient::registryId).map(id -> identified ? content.recipient().get().name()
                        : pseudonyms.of("Recipient", id)).orElse(null),
                subjects, items, clientFirst, pseudonyms.of("Staff", request.applicant()), verdicts(request, names),
                identified ? content.justification().subjectNotificationPlan()
                        : Redaction.redact(content.justification().subjectNotificationPlan(), names),
                c.period().from(), c.period().to());
    }

    private List<VerdictView> verdicts(InformationRequest request, List<String> names) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select verdict, decided_by, decided_at, reason from request_verdict "
                + "where request_id = ?1 order by submission_number").setParameter(1, request.id()).getResultList();
        return rows.stream().map(row -> new VerdictView((String) row[0], pseudonyms.of("Staff", (String) row[1]),
                "SUPERVISOR", SqlValues.instant(row[2]), Redaction.redact((String) row[3], names))).toList();
    }

    private String caseKey(InvestigationCase c, ReviewScope scope) {
        return scope.mayIdentify(c.reference().value()) ? c.reference().value() : pseudonyms.of("Case", c.reference().value());
    }

    private static String againstPeriod(Optional<DateRange> range, InvestigationCase c) {
        if (range.isEmpty()) {
            return "no range";
        }
        long before = Math.max(0, ChronoUnit.MONTHS.between(range.get().from(), c.period().from()));
        long after = Math.max(0, ChronoUnit.MONTHS.between(c.period().to(), range.get().to()));
        return before == 0 && after == 0 ? "within the period under investigation"
                : before + " month(s) before and " + after + " month(s) after the period under investigation";
    }

    private static String clientFirst(ClientFirstBasis basis) {
        if (basis instanceof ClientFirstBasis.ClientAsked asked) {
            return "client asked first (" + asked.response().name().toLowerCase().replace('_', ' ') + ")";
        }
        if (basis instanceof ClientFirstBasis.PrejudiceException exception) {
            return "exception: " + exception.grounds().stream().map(g -> g.name().toLowerCase().replace('_', ' '))
                    .sorted().reduce((a, b) -> a + ", " + b).orElse("no grounds") + " (facts recorded: "
                    + exception.facts().length() + " characters)";
        }
        return "not recorded";
    }

    private List<String> staffNames() {
        List<StaffMember> members = em.createQuery("select s from StaffMember s", StaffMember.class).getResultList();
        List<String> names = new ArrayList<>();
        for (StaffMember member : members) {
            names.add(member.displayName());
            names.add(member.username());
        }
        return names;
    }

    private List<String> subjectNames(InvestigationCase c) {
        return em.createQuery("select s from CaseSubject s where s.investigationCase = :c", CaseSubject.class)
                .setParameter("c", c).getResultList().stream().map(s -> s.client().fullName()).toList();
    }
}
