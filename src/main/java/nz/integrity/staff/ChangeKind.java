package nz.integrity.staff;

/** Privileged administration that can open case content, and so waits for a second person (SoD-7). */
public enum ChangeKind {
    /** Adding roles to an account. */
    GRANT_ROLES,
    /** Making someone a member of a team, which opens the team's cases; the team's supervisor may accept it. */
    ADD_TEAM_MEMBER,
    /** Making someone the supervisor of a team, who then decides on its cases. */
    APPOINT_SUPERVISOR,
    /** Setting a temporary password for someone else's account. */
    RESET_PASSWORD;

    public boolean concernsTeam() {
        return this == ADD_TEAM_MEMBER || this == APPOINT_SUPERVISOR;
    }
}
