package nz.integrity.staff.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nz.integrity.platform.security.Role;
import nz.integrity.platform.time.NewZealandTime;
import nz.integrity.platform.web.Messages;
import nz.integrity.platform.web.ServiceFeedback;
import nz.integrity.staff.DelegatedAuthority;
import nz.integrity.staff.Delegation;
import nz.integrity.staff.DelegationAdministration;
import nz.integrity.staff.StaffAdministration;
import nz.integrity.staff.StaffMember;
import nz.integrity.staff.TrainingRecords.TrainingView;
import nz.integrity.staff.TrainingRecords;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Delegations (grant, revoke with a reason) and Code training records, the data approvals are checked against. */
@Named
@ViewScoped
public class DelegationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DelegationAdministration delegations;

    @Inject
    transient TrainingRecords training;

    @Inject
    transient StaffAdministration staffAdministration;

    @Inject
    transient Clock clock;

    private transient List<Delegation> delegationList;
    private transient List<TrainingView> trainingList;
    private transient List<StaffMember> staff;

    private String delegate;
    private DelegatedAuthority authority;
    private String instrument;
    private LocalDate validFrom;
    private LocalDate validTo;
    private Long revoking;
    private String reason;
    private String trainee;
    private String codeVersion;
    private LocalDate completedOn;
    private LocalDate expiresOn;

    public List<Delegation> getDelegations() {
        if (delegationList == null) {
            delegationList = delegations.list();
        }
        return delegationList;
    }

    public List<TrainingView> getTrainingRecords() {
        if (trainingList == null) {
            trainingList = training.list();
        }
        return trainingList;
    }

    public void grant() {
        if (ServiceFeedback.attempt(() -> delegations.grant(delegate, authority, instrument, validFrom, validTo), Map.of())) {
            Messages.info("admin.delegations.granted", delegate);
            delegate = null;
            authority = null;
            instrument = null;
            validFrom = null;
            validTo = null;
            delegationList = null;
        }
    }

    public void prepareRevoke(long id) {
        revoking = id;
        reason = null;
    }

    public void revoke() {
        if (ServiceFeedback.attempt(() -> delegations.revoke(revoking, reason), Map.of())) {
            Messages.info("admin.delegations.revoked");
            delegationList = null;
        }
    }

    public void recordTraining() {
        if (ServiceFeedback.attempt(() -> training.record(trainee, codeVersion, completedOn, expiresOn), Map.of())) {
            Messages.info("admin.training.recorded", trainee);
            trainee = null;
            codeVersion = null;
            completedOn = null;
            expiresOn = null;
            trainingList = null;
        }
    }

    /** In words, so the state never depends on colour alone. */
    public String statusOf(Delegation delegation) {
        if (delegation.revokedAt().isPresent()) {
            return Messages.text("admin.delegations.statusRevoked");
        }
        return Messages.text(switch (delegation.window().positionOf(NewZealandTime.today(clock))) {
            case NOT_YET -> "admin.delegations.statusFuture";
            case IN_FORCE -> "admin.delegations.statusInForce";
            case ENDED -> "admin.delegations.statusEnded";
        });
    }

    public String trainingStatusOf(TrainingView record) {
        return Messages.text(record.isCurrentOn(NewZealandTime.today(clock))
                ? "admin.training.current" : "admin.training.expired");
    }

    /** Delegated authorities go to active supervisors only. */
    public List<StaffMember> getSupervisorChoices() {
        return activeStaff().stream().filter(s -> s.hasRole(Role.SUPERVISOR)).toList();
    }

    public List<StaffMember> getStaffChoices() {
        return activeStaff();
    }

    public DelegatedAuthority[] getAuthorities() {
        return DelegatedAuthority.values();
    }

    private List<StaffMember> activeStaff() {
        if (staff == null) {
            staff = staffAdministration.listStaff().stream().filter(StaffMember::isActive)
                    .sorted(Comparator.comparing(StaffMember::username)).toList();
        }
        return staff;
    }

    public String getDelegate() {
        return delegate;
    }

    public void setDelegate(String delegate) {
        this.delegate = delegate;
    }

    public DelegatedAuthority getAuthority() {
        return authority;
    }

    public void setAuthority(DelegatedAuthority authority) {
        this.authority = authority;
    }

    public String getInstrument() {
        return instrument;
    }

    public void setInstrument(String instrument) {
        this.instrument = instrument;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getTrainee() {
        return trainee;
    }

    public void setTrainee(String trainee) {
        this.trainee = trainee;
    }

    public String getCodeVersion() {
        return codeVersion;
    }

    public void setCodeVersion(String codeVersion) {
        this.codeVersion = codeVersion;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(LocalDate completedOn) {
        this.completedOn = completedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
