package nz.integrity.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import nz.integrity.audit.AuditTrail;
import nz.integrity.audit.AuditedAction;
import nz.integrity.platform.FieldChecks;
import nz.integrity.platform.NotFoundException;
import nz.integrity.platform.security.AccessDeniedException;
import nz.integrity.platform.security.Authorization;
import nz.integrity.platform.security.CallerContext;
import nz.integrity.platform.security.Role;
import nz.integrity.platform.time.NewZealandTime;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Code of Conduct training records: rule R21 lets only currently trained officers approve. */
@ApplicationScoped
public class TrainingRecords {

    static final String CODE_TRAINING = "CODE_TRAINING";

    @Inject
    StaffDirectory staff;

    @Inject
    Authorization authorization;

    @Inject
    CallerContext caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** A training record as pages and the API show it, read while the staff member is still attached. */
    public record TrainingView(long id, String username, String codeVersion, LocalDate completedOn,
                               LocalDate expiresOn) {
        static TrainingView of(CodeTraining training) {
            return new TrainingView(training.id(), training.staffMember().username(), training.codeVersion(),
                    training.completedOn(), training.expiresOn());
        }

        /** The same rule as {@link CodeTraining#isCurrentOn}, for pages that show the record without the entity. */
        public boolean isCurrentOn(LocalDate day) {
            return CodeTraining.isCurrent(completedOn, expiresOn, day);
        }
    }

    @Transactional
    public List<TrainingView> list() {
        authorization.requireAnyRole("LIST_TRAINING", CODE_TRAINING, null, Role.ADMIN);
        return em.createQuery("select t from CodeTraining t join fetch t.staffMember s "
                        + "order by s.username, t.completedOn desc", CodeTraining.class)
                .getResultStream().map(TrainingView::of).toList();
    }

    @Transactional
    public TrainingView record(String username, String codeVersion, LocalDate completedOn, LocalDate expiresOn) {
        authorization.requireAnyRole("RECORD_TRAINING", CODE_TRAINING, username, Role.ADMIN);
        FieldChecks checks = new FieldChecks();
        checks.requireText(username, "username", "Choose the staff member.")
                .requireText(codeVersion, "codeVersion", "Name the Code version the training covered.")
                .maxLength(codeVersion, 40, "codeVersion")
                .require(completedOn != null, "completedOn", "Enter the day the training was completed.")
                .require(expiresOn != null, "expiresOn", "Enter the day the training expires.");
        if (completedOn != null) {
            checks.require(!completedOn.isAfter(NewZealandTime.today(clock)), "completedOn",
                    "Training cannot be completed in the future.");
        }
        if (completedOn != null && expiresOn != null) {
            checks.require(expiresOn.isAfter(completedOn), "expiresOn", "The expiry must be after the completion day.");
        }
        checks.throwIfAny();
        StaffMember member = staff.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("No staff member " + username));
        if (member.username().equals(caller.username())) {
            // Current training is a condition of approving (R21), so recording your own would enable yourself.
            audit.recordIndependently(AuditedAction.of("ACCESS_REFUSED", CODE_TRAINING, username)
                    .denied("own training record").with("attempted", "RECORD_TRAINING"));
            throw new AccessDeniedException("Your own training has to be recorded by another administrator.");
        }
        CodeTraining training = new CodeTraining(member, codeVersion, completedOn, expiresOn, caller.username());
        em.persist(training);
        em.flush();
        audit.record(AuditedAction.of("TRAINING_RECORDED", CODE_TRAINING, String.valueOf(training.id())).succeeded()
                .with("staffMember", username).with("codeVersion", training.codeVersion())
                .with("completedOn", completedOn.toString()).with("expiresOn", expiresOn.toString()));
        return TrainingView.of(training);
    }

    /** For services that have already checked their caller (approvals under rule R21). */
    @Transactional
    public boolean hasCurrentTraining(String username, LocalDate day) {
        return em.createQuery("select t from CodeTraining t where t.staffMember.username = :u "
                        + "and t.completedOn <= :day and t.expiresOn > :day", CodeTraining.class)
                .setParameter("u", username).setParameter("day", day)
                .getResultStream().anyMatch(t -> t.isCurrentOn(day));
    }
}
