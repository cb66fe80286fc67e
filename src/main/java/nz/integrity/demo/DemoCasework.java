package nz.integrity.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import nz.integrity.audit.AuditTrail;
import nz.integrity.audit.AuditedAction;
import nz.integrity.investigation.AllegationType;
import nz.integrity.investigation.CaseAction;
import nz.integrity.investigation.CaseReferences;
import nz.integrity.investigation.CaseSubject;
import nz.integrity.investigation.Decider;
import nz.integrity.investigation.InvestigationCase;
import nz.integrity.investigation.PeriodUnderInvestigation;
import nz.integrity.investigation.Referral;
import nz.integrity.investigation.ReferralSource;
import nz.integrity.investigation.SubjectRole;
import nz.integrity.party.Client;
import nz.integrity.party.ClientNumber;
import nz.integrity.party.DeliveryChannel;
import nz.integrity.party.RecipientOrganisation;
import nz.integrity.party.RecipientType;
import nz.integrity.demo.DemoData.DemoAccount;
import nz.integrity.platform.time.NewZealandTime;
import nz.integrity.review.ReviewGrant;
import nz.integrity.review.ReviewMode;
import nz.integrity.staff.CodeTraining;
import nz.integrity.staff.DelegatedAuthority;
import nz.integrity.staff.Delegation;
import nz.integrity.staff.StaffMember;
import nz.integrity.staff.Team;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;

/**
 * The demo's organisation: team NORTH (Ivy, supervised by Sam) and team SOUTH (Ira, supervised by Sina). Each
 * supervisor holds every delegation, so Sina can approve NORTH's information requests without being on its team.
 */
@ApplicationScoped
public class DemoCasework {

    private static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseReferences references;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void seed(Map<DemoAccount, StaffMember> members) {
        Instant now = clock.instant();
        LocalDate today = NewZealandTime.dateOf(now);
        Team north = team("NORTH", "Northern Integrity Team", members.get(DemoAccount.SUPERVISOR), members.get(DemoAccount.INVESTIGATOR));
        Team south = team("SOUTH", "Southern Integrity Team", members.get(DemoAccount.SUPERVISOR_SOUTH),
                members.get(DemoAccount.INVESTIGATOR_SOUTH));
        for (DemoAccount supervisor : new DemoAccount[]{DemoAccount.SUPERVISOR, DemoAccount.SUPERVISOR_SOUTH}) {
            for (DelegatedAuthority authority : DelegatedAuthority.values()) {
                em.persist(new Delegation(members.get(supervisor), authority, "Demo delegation instrument 2026/01",
                        today.minusMonths(1), today.plusYears(1), DemoAccount.ADMIN.username(), now));
            }
        }
        for (StaffMember member : members.values()) {
            em.persist(new CodeTraining(member, "2021-03-01", today.minusMonths(2), today.plusMonths(10), SYSTEM));
        }

        // The demo reviewer may read the de-identified register for a year (issued by the administrator, SoD-9).
        em.persist(new ReviewGrant(DemoAccount.REVIEWER.username(), ReviewMode.AGGREGATE, null, null,
                today.minusDays(1), today.plusYears(1), DemoAccount.ADMIN.username(), now, "Demo review of the Code's use"));

        Client aroha = client("100000001", "Aroha", "Ngata", LocalDate.of(1988, 4, 12), today);
        Client ben = client("100000002", "Ben", "Walker", LocalDate.of(1985, 9, 3), today);
        client("100000003", "Mere", "Thompson", LocalDate.of(1979, 1, 27), today);
        recipient("Kiwi Community Bank", RecipientType.BANK, DeliveryChannel.SECURE_PORTAL, "notices.kcb.example.nz", now);
        recipient("Harbour Logistics Ltd", RecipientType.EMPLOYER, DeliveryChannel.EMAIL, "payroll@harbour.example.nz", now);
        recipient("Tui Mobile", RecipientType.TELCO, DeliveryChannel.POST, "PO Box 1234, Wellington", now);

        InvestigationCase investigating = caseFor(north, ReferralSource.PUBLIC_ALLEGATION, AllegationType.RELATIONSHIP,
                "Anonymous caller says the client has lived with a partner who works full time since early last year.",
                today.minusMonths(18), today.minusMonths(6), members.get(DemoAccount.INVESTIGATOR), now);
        em.persist(new CaseSubject(investigating, aroha, SubjectRole.CLIENT, SYSTEM, now));
        em.persist(new CaseSubject(investigating, ben, SubjectRole.PARTNER, SYSTEM, now));
        Decider ivy = new Decider(DemoAccount.INVESTIGATOR.username(), false, EnumSet.noneOf(DelegatedAuthority.class));
        Decider sam = new Decider(DemoAccount.SUPERVISOR.username(), true, EnumSet.allOf(DelegatedAuthority.class));
        em.persist(investigating.decide(CaseAction.START_TRIAGE, ivy, "Allegation is specific and recent", null, null, now));
        em.persist(investigating.decide(CaseAction.PROPOSE_INVESTIGATION, ivy,
                "Benefit records show single rate since the start of the alleged relationship", null, null, now));
        em.persist(investigating.decide(CaseAction.APPROVE_INVESTIGATION, sam,
                "Grounds are specific; proportionate to investigate", null, null, now));

        caseFor(north, ReferralSource.DATA_MATCH, AllegationType.OVERSEAS_TRAVEL,
                "Customs data match: departure without a matching return while benefit was paid.",
                today.minusMonths(9), today.minusMonths(3), members.get(DemoAccount.INVESTIGATOR), now);
        caseFor(south, ReferralSource.INTERNAL_REFERRAL, AllegationType.UNDECLARED_INCOME,
                "Case manager noticed payslips from an employer the client had not declared.",
                today.minusMonths(12), today.minusMonths(1), members.get(DemoAccount.INVESTIGATOR_SOUTH), now);
    }

    private Team team(String code, String name, StaffMember supervisor, StaffMember investigator) {
        Team team = new Team(code, name);
        team.appointSupervisor(supervisor);
        team.addMember(investigator);
        em.persist(team);
        audit.record(AuditedAction.of("TEAM_CREATED", "TEAM", code).succeeded().because("demo data"));
        return team;
    }

    private Client client(String number, String given, String family, LocalDate born, LocalDate today) {
        Client client = new Client(new ClientNumber(number), given, family, born, today);
        em.persist(client);
        return client;
    }

    private void recipient(String name, RecipientType type, DeliveryChannel channel, String address, Instant now) {
        RecipientOrganisation recipient = new RecipientOrganisation(name, type, channel, address);
        recipient.verifyDeliveryChannel(SYSTEM, now);
        em.persist(recipient);
    }

    private InvestigationCase caseFor(Team team, ReferralSource source, AllegationType type, String summary,
                                      LocalDate from, LocalDate to, StaffMember investigator, Instant now) {
        String channel = source == ReferralSource.DATA_MATCH ? "Customs arrivals and departures AISA" : null;
        InvestigationCase created = new InvestigationCase(references.next(NewZealandTime.dateOf(now).getYear()),
                new Referral(source, channel, type, summary, new PeriodUnderInvestigation(from, to)), team, now);
        created.assignTo(investigator, now);
        em.persist(created);
        audit.record(AuditedAction.of("CASE_REGISTERED", "CASE", created.reference().value()).succeeded().because("demo data"));
        return created;
    }
}
