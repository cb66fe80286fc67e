package nz.integrity.staff.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nz.integrity.platform.security.Role;
import nz.integrity.platform.web.Messages;
import nz.integrity.platform.web.ServiceFeedback;
import nz.integrity.staff.StaffAdministration;
import nz.integrity.staff.StaffMember;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The administrator's staff list: create accounts, change roles, deactivate, and unlock, each with a reason. */
@Named
@ViewScoped
public class StaffPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StaffAdministration administration;

    private transient List<StaffMember> staff;
    private String selected;
    private String reason;
    private Role[] roles = {};
    private String newUsername;
    private String newDisplayName;
    private String newPassword;

    @PostConstruct
    void load() {
        staff = administration.listStaff();
    }

    public void prepareUnlock(String username) {
        select(username);
    }

    public void unlock() {
        if (ServiceFeedback.attempt(() -> administration.unlock(selected, reason), Map.of())) {
            Messages.info("staff.unlocked", selected);
            load();
        }
    }

    public void prepareCreate() {
        newUsername = null;
        newDisplayName = null;
        newPassword = null;
        roles = new Role[0];
    }

    public void create() {
        if (ServiceFeedback.attempt(() -> administration.create(newUsername, newDisplayName,
                newPassword == null ? null : newPassword.toCharArray(), roleSet()), Map.of())) {
            Messages.info("admin.staff.created", newUsername);
            newPassword = null;
            load();
        }
    }

    public void prepareRoles(StaffMember member) {
        select(member.username());
        roles = member.roles().toArray(new Role[0]);
    }

    public void changeRoles() {
        StaffAdministration.RoleChange[] outcome = new StaffAdministration.RoleChange[1];
        if (ServiceFeedback.attempt(() -> outcome[0] = administration.changeRoles(selected, roleSet(), reason), Map.of())) {
            Messages.info(outcome[0].isPending() ? "admin.changes.requested" : "admin.staff.rolesChanged", selected);
            load();
        }
    }

    public void prepareStatusChange(String username) {
        select(username);
    }

    public void toggleActive() {
        boolean active = isSelectedActive();
        boolean done = ServiceFeedback.attempt(() -> {
            if (active) {
                administration.deactivate(selected, reason);
            } else {
                administration.reactivate(selected, reason);
            }
        }, Map.of());
        if (done) {
            Messages.info(active ? "admin.staff.deactivated" : "admin.staff.reactivated", selected);
            load();
        }
    }

    public String rolesOf(StaffMember member) {
        return member.roles().stream().map(Role::name).sorted().collect(Collectors.joining(", "));
    }

    public String statusOf(StaffMember member) {
        if (!member.isActive()) {
            return Messages.text("admin.staff.deactivatedStatus");
        }
        return Messages.text(member.isLocked() ? "staff.locked" : "staff.active");
    }

    public boolean isSelectedActive() {
        return getStaff().stream().filter(m -> m.username().equals(selected)).findFirst()
                .map(StaffMember::isActive).orElse(true);
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    private void select(String username) {
        selected = username;
        reason = null;
    }

    private Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        set.addAll(List.of(roles == null ? new Role[0] : roles));
        return set;
    }

    public List<StaffMember> getStaff() {
        if (staff == null) {
            load();
        }
        return staff;
    }

    public String getSelected() {
        return selected;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewDisplayName() {
        return newDisplayName;
    }

    public void setNewDisplayName(String newDisplayName) {
        this.newDisplayName = newDisplayName;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
