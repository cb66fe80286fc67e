package nz.integrity.staff.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nz.integrity.platform.security.Role;
import nz.integrity.platform.web.Messages;
import nz.integrity.platform.web.ServiceFeedback;
import nz.integrity.staff.StaffAdministration;
import nz.integrity.staff.StaffMember;
import nz.integrity.staff.Team;
import nz.integrity.staff.TeamAdministration;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Teams for administrators: create, rename, appoint the supervisor, add and remove members. */
@Named
@ViewScoped
public class TeamPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TeamAdministration administration;

    @Inject
    transient StaffAdministration staffAdministration;

    private transient List<Team> teams;
    private transient List<StaffMember> staff;
    private String newCode;
    private String newName;
    /** Why the supervisor or member is asked for: the second person reads it before deciding. */
    private String reason;
    private String selected;
    private String name;
    private String supervisor;
    private String member;

    public List<Team> getTeams() {
        if (teams == null) {
            teams = administration.listTeams();
        }
        return teams;
    }

    public void create() {
        if (ServiceFeedback.attempt(() -> administration.create(newCode, newName), Map.of())) {
            Messages.info("admin.teams.created", newCode);
            newCode = null;
            newName = null;
            teams = null;
        }
    }

    public void manage(Team team) {
        selected = team.code();
        reason = null;
        name = team.name();
        supervisor = team.supervisor().map(StaffMember::username).orElse(null);
        member = null;
    }

    public void rename() {
        change(() -> administration.rename(selected, name), "admin.teams.renamed");
    }

    public void appointSupervisor() {
        change(() -> administration.appointSupervisor(selected, supervisor, reason), "admin.changes.requested");
    }

    public void addMember() {
        change(() -> administration.addMember(selected, member, reason), "admin.changes.requested");
        member = null;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public void removeMember(String username) {
        change(() -> administration.removeMember(selected, username), "admin.teams.memberRemoved");
    }

    private void change(Runnable action, String doneKey) {
        if (ServiceFeedback.attempt(action, Map.of())) {
            Messages.info(doneKey, selected);
            teams = null;
        }
    }

    public Optional<Team> selectedTeam() {
        return getTeams().stream().filter(t -> t.code().equals(selected)).findFirst();
    }

    public List<String> getSelectedMembers() {
        return selectedTeam().map(t -> t.members().stream().map(StaffMember::username).sorted().toList())
                .orElse(List.of());
    }

    /** Active people with the supervisor role: the only ones who can lead a team. */
    public List<StaffMember> getSupervisorChoices() {
        return activeStaff().stream().filter(s -> s.hasRole(Role.SUPERVISOR)).toList();
    }

    /** Active case staff not yet in the selected team. */
    public List<StaffMember> getMemberChoices() {
        List<String> current = getSelectedMembers();
        return activeStaff().stream()
                .filter(s -> s.hasRole(Role.INVESTIGATOR) || s.hasRole(Role.SUPERVISOR))
                .filter(s -> !current.contains(s.username())).toList();
    }

    public String membersOf(Team team) {
        return team.members().stream().map(StaffMember::username).sorted().collect(Collectors.joining(", "));
    }

    private List<StaffMember> activeStaff() {
        if (staff == null) {
            staff = staffAdministration.listStaff().stream().filter(StaffMember::isActive)
                    .sorted(Comparator.comparing(StaffMember::username)).toList();
        }
        return staff;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getSelected() {
        return selected;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSupervisor() {
        return supervisor;
    }

    public void setSupervisor(String supervisor) {
        this.supervisor = supervisor;
    }

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }
}
