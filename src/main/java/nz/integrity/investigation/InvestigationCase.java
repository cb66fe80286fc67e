package nz.integrity.investigation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nz.integrity.platform.BusinessRuleException;
import nz.integrity.platform.Reasons;
import nz.integrity.platform.ValidationException;
import nz.integrity.platform.time.NewZealandTime;
import nz.integrity.staff.DelegatedAuthority;
import nz.integrity.platform.security.Role;
import nz.integrity.staff.StaffMember;
import nz.integrity.staff.Team;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An investigation case: the aggregate that holds the allegation, its period and its lifecycle. Every status
 * change goes through {@link #decide}, which enforces the lifecycle and returns the decision record to keep.
 */
@Entity
@Table(name = "investigation_case")
public class InvestigationCase {

    static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 15)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "referral_source", nullable = false, length = 40)
    private ReferralSource referralSource;

    @Column(name = "data_match_channel", length = 200)
    private String dataMatchChannel;

    @Enumerated(EnumType.STRING)
    @Column(name = "allegation_type", nullable = false, length = 40)
    private AllegationType allegationType;

    @Column(name = "allegation_summary", nullable = false, length = MAX_TEXT)
    private String allegationSummary;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "team_id")
    private Team team;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "assigned_investigator_id")
    private StaffMember assignedInvestigator;

    @Enumerated(EnumType.STRING)
    @Column(name = "suspended_from", length = 40)
    private CaseStatus suspendedFrom;

    @Column(name = "suspension_review_date")
    private LocalDate suspensionReviewDate;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private CaseOutcome outcome;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected InvestigationCase() {
        // for JPA
    }

    public InvestigationCase(CaseReference reference, Referral referral, Team team, Instant receivedAt) {
        this.reference = Objects.requireNonNull(reference, "reference").value();
        this.referralSource = referral.source();
        this.dataMatchChannel = referral.dataMatchChannel();
        this.allegationType = referral.allegationType();
        this.allegationSummary = referral.summary();
        this.periodFrom = referral.period().from();
        this.periodTo = referral.period().to();
        this.team = Objects.requireNonNull(team, "team");
        this.status = CaseStatus.REFERRAL;
        this.receivedAt = receivedAt;
        this.updatedAt = receivedAt;
    }

    /**
     * Moves the case by one lifecycle step.
     *
     * @param outcome     required to propose or decide an outcome, ignored otherwise
     * @param reviewDate  required to suspend: when the suspension must be looked at again
     */
    public CaseDecision decide(CaseAction action, Decider decider, String reason, CaseOutcome outcome,
                               LocalDate reviewDate, Instant at) {
        if (!action.isAllowedFrom(status)) {
            throw new BusinessRuleException("A case that is " + describe(status) + " cannot be moved by "
                    + describe(action) + ".");
        }
        if (action.isSupervisorDecision() && !decider.supervisor()) {
            throw new BusinessRuleException(describe(action) + " is a supervisor's decision.");
        }
        requireAuthority(action, decider);
        String why = Reasons.require(reason);
        CaseStatus from = status;
        switch (action) {
            case SUSPEND -> suspend(reviewDate, at);
            case RESUME -> resume();
            case PROPOSE_OUTCOME -> requireOutcome(outcome);
            case DECIDE_OUTCOME -> this.outcome = requireOutcome(outcome);
            case REOPEN -> this.outcome = null;
            default -> { }
        }
        if (action != CaseAction.RESUME) {
            status = action.target().orElseThrow();
        }
        updatedAt = at;
        boolean recordsOutcome = action == CaseAction.PROPOSE_OUTCOME || action == CaseAction.DECIDE_OUTCOME;
        return new CaseDecision(this, from, status, decider, why, recordsOutcome ? outcome : null, at);
    }

    /** Only an investigator can be assigned, and only from the case's own team. */
    public void assignTo(StaffMember investigator, Instant at) {
        if (!investigator.hasRole(Role.INVESTIGATOR)) {
            throw new ValidationException("assignee", investigator.username() + " is not an investigator.");
        }
        if (!team.hasMember(investigator)) {
            throw new ValidationException("assignee", investigator.username() + " is not a member of team " + team.code() + ".");
        }
        if (status.isClosed()) {
            throw new BusinessRuleException("A closed case cannot be reassigned; reopen it first.");
        }
        this.assignedInvestigator = investigator;
        this.updatedAt = at;
    }

    public boolean isAssignedTo(StaffMember member) {
        return assignedInvestigator != null && assignedInvestigator.equals(member);
    }

    private static void requireAuthority(CaseAction action, Decider decider) {
        DelegatedAuthority needed = switch (action) {
            case APPROVE_INVESTIGATION, RESUME_INVESTIGATION -> DelegatedAuthority.OPEN_INVESTIGATION;
            case DECIDE_OUTCOME -> DelegatedAuthority.DECIDE_OUTCOME;
            default -> null;
        };
        if (needed != null && !decider.holds(needed)) {
            throw new BusinessRuleException(describe(action) + " needs a delegation in force for "
                    + needed.name().toLowerCase().replace('_', ' ') + ".");
        }
    }

    private void suspend(LocalDate reviewDate, Instant at) {
        if (reviewDate == null) {
            throw new ValidationException("reviewDate", "A suspension needs a review date.");
        }
        if (!nz.integrity.platform.time.DateBounds.contains(reviewDate)) {
            throw new ValidationException("reviewDate", "Use a date between 1900 and 2099.");
        }
        if (!reviewDate.isAfter(NewZealandTime.dateOf(at))) {
            throw new ValidationException("reviewDate", "The review date must be in the future.");
        }
        suspendedFrom = status;
        suspensionReviewDate = reviewDate;
    }

    private void resume() {
        status = suspendedFrom;
        suspendedFrom = null;
        suspensionReviewDate = null;
    }

    private static CaseOutcome requireOutcome(CaseOutcome outcome) {
        if (outcome == null) {
            throw new ValidationException("outcome", "Choose the outcome.");
        }
        return outcome;
    }

    private static String describe(Enum<?> value) {
        return value.name().toLowerCase().replace('_', ' ');
    }

    public Long id() {
        return id;
    }

    public CaseReference reference() {
        return new CaseReference(reference);
    }

    public CaseStatus status() {
        return status;
    }

    public ReferralSource referralSource() {
        return referralSource;
    }

    public Optional<String> dataMatchChannel() {
        return Optional.ofNullable(dataMatchChannel);
    }

    public AllegationType allegationType() {
        return allegationType;
    }

    public String allegationSummary() {
        return allegationSummary;
    }

    public PeriodUnderInvestigation period() {
        return new PeriodUnderInvestigation(periodFrom, periodTo);
    }

    public Team team() {
        return team;
    }

    public Optional<StaffMember> assignedInvestigator() {
        return Optional.ofNullable(assignedInvestigator);
    }

    public Optional<CaseStatus> suspendedFrom() {
        return Optional.ofNullable(suspendedFrom);
    }

    public Optional<LocalDate> suspensionReviewDate() {
        return Optional.ofNullable(suspensionReviewDate);
    }

    public Optional<CaseOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
