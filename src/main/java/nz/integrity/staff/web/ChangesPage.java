package nz.integrity.staff.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nz.integrity.platform.web.Messages;
import nz.integrity.platform.web.ServiceFeedback;
import nz.integrity.staff.AdministrativeChanges;
import nz.integrity.staff.PendingChange;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Pending privileged changes for a second administrator to approve or reject (SoD-7). */
@Named
@ViewScoped
public class ChangesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AdministrativeChanges changes;

    private transient List<PendingChange> pending;
    private Long selected;
    private String reason;

    public List<PendingChange> getPending() {
        if (pending == null) {
            pending = changes.decidable();
        }
        return pending;
    }

    public void select(long id) {
        selected = id;
        reason = null;
    }

    public void approve() {
        if (ServiceFeedback.attempt(() -> changes.approve(selected, reason), Map.of())) {
            Messages.info("admin.changes.approved");
            pending = null;
        }
    }

    public void reject() {
        if (ServiceFeedback.attempt(() -> changes.reject(selected, reason), Map.of())) {
            Messages.info("admin.changes.rejected");
            pending = null;
        }
    }

    /** What the change does, in words: the kind from the bundle, then the team and roles it names. */
    public String describe(PendingChange change) {
        String what = Messages.text("admin.changeKind." + change.kind().name());
        String team = change.teamCode().map(code -> " · " + code).orElse("");
        String roles = change.roles().isEmpty() ? "" : " · " + change.roles().stream()
                .map(role -> Messages.text("admin.role." + role.name())).collect(Collectors.joining(", "));
        return what + team + roles;
    }

    public Long getSelected() {
        return selected;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
