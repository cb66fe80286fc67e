-- Case list: "team = T and assigned to me" (a team filter naming a team outside the caller's own, where only
-- their own assignments are visible, or "my cases" within one team) reads this index in id order instead of
-- intersecting two bitmaps of all of the caller's and all of the team's cases and sorting them.
create index ix_case_assignee_team on investigation_case (assigned_investigator_id, team_id, id);
