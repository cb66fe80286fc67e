package nz.integrity.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nz.integrity.platform.web.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/** The administrator's staff list: see who is locked out and unlock them with a reason. */
@Named
@ViewScoped
public class StaffPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StaffAdministration administration;

    private transient List<StaffMember> staff;
    private String unlocking;
    private String reason;

    @PostConstruct
    void load() {
        staff = administration.listStaff();
    }

    public void prepareUnlock(String username) {
        unlocking = username;
        reason = null;
    }

    public void unlock() {
        administration.unlock(unlocking, reason);
        Messages.info("staff.unlocked", unlocking);
        load();
    }

    public String rolesOf(StaffMember member) {
        return member.roles().stream().map(Role::name).sorted().collect(Collectors.joining(", "));
    }

    public List<StaffMember> getStaff() {
        if (staff == null) {
            load();
        }
        return staff;
    }

    public String getUnlocking() {
        return unlocking;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
