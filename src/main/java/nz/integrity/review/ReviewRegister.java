package nz.integrity.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import nz.integrity.audit.AuditTrail;
import nz.integrity.audit.AuditedAction;
import nz.integrity.investigation.CaseSubject;
import nz.integrity.investigation.InvestigationCase;
import nz.integrity.platform.NotFoundException;
import nz.integrity.request.ClientFirstBasis;
import nz.integrity.request.DateRange;
import nz.integrity.request.InformationRequest;
import nz.integrity.request.PurposeCode;
import nz.integrity.request.Recipient;
import nz.integrity.request.RequestContent;
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

    public record ItemView(String category, String description, LocalDate from, LocalDate to, String againstPeriod) {
    }

    public record VerdictView(String verdict, String decidedBy, String decidedRole, Instant decidedAt, String reason) {
    }

    public record RegisterEntry(String request, String caseKey, boolean identified, String codeVersion, String type,
                                String status, List<String> purposes, String recipientType, String recipient,
                                List<String> subjects, List<ItemView> items, String clientFirst, String applicant,
                                List<VerdictView> decisions, String notificationPlan, LocalDate periodFrom, LocalDate periodTo) {
    }

    public record TimelineEntry(long seq, Instant at, String actor, String actorRole, String action, String object,
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
        ReviewScope scope = grants.requireScopeOfCaller("VIEW_REVIEW_TIMELINE");
        InvestigationCase investigationCase = em.createQuery("select c from InvestigationCase c", InvestigationCase.class)
                .getResultStream()
                .filter(c -> caseKey.equals(caseKey(c, scope)))
                .findFirst().orElseThrow(() -> new NotFoundException("No case " + caseKey));
        List<String> names = Stream.concat(staffNames().stream(), subjectNames(investigationCase).stream()).toList();
        List<String> requestRefs = em.createQuery("select r.reference from InformationRequest r where r.investigationCase = :c",
                String.class).setParameter("c", investigationCase).getResultList();
        List<Object[]> rows = eventsOf(investigationCase.reference().value(), requestRefs);
        List<TimelineEntry> timeline = new ArrayList<>();
        for (Object[] row : rows) {
            String actor = (String) row[2];
            timeline.add(new TimelineEntry(((Number) row[0]).longValue(), toInstant(row[1]),
                    pseudonyms.of("Staff", actor), (String) row[3], (String) row[4],
                    "CASE".equals(row[5]) ? caseKey : (String) row[6], (String) row[7],
                    Redaction.redact((String) row[8], names)));
        }
        audit.record(AuditedAction.of("REVIEW_TIMELINE_VIEWED", "REVIEW", caseKey).succeeded().with("events", timeline.size()));
        return timeline;
    }

    private List<Object[]> eventsOf(String caseReference, List<String> requestRefs) {
        List<String> objects = new ArrayList<>(requestRefs);
        objects.add(caseReference);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select seq, occurred_at, actor, actor_role, action, object_type, "
                        + "object_id, outcome, reason from audit_event where object_type in ('CASE', 'REQUEST') "
                        + "and object_id in (:objects) order by seq")
                .setParameter("objects", objects).setMaxResults(2000).getResultList();
        return rows;
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
                "SUPERVISOR", toInstant(row[2]), Redaction.redact((String) row[3], names))).toList();
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

    private static Instant toInstant(Object value) {
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        return java.time.OffsetDateTime.parse(value.toString()).toInstant();
    }
}
