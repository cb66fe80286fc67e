-- EXPLAIN (ANALYZE, BUFFERS) of SQL equivalent to what Hibernate generates for the case list (CaseList.page)
-- after the V3_5 change, per benchmark scenario, as bench.investigator (team NORTHLAND) and bench.supervisor (NORTHLAND + AUCKLAND-CENTRAL).
--   psql -h 127.0.0.1 -U icm_bench -d icm_bench_1m -f server-config/benchmark/explain-case-list.sql
\set ON_ERROR_STOP on
select id as me from staff_member where username = 'bench.investigator' \gset
select id as sup from staff_member where username = 'bench.supervisor' \gset
select id as north from team where code = 'NORTHLAND' \gset
select id as akc from team where code = 'AUCKLAND-CENTRAL' \gset
select cl.client_number as client from investigation_case c join case_subject s on s.case_id = c.id
  join client cl on cl.id = s.client_id where c.team_id = :north order by c.id desc limit 1 \gset
-- the key of page 21 (500 rows in) for the supervisor, newest and received-latest
select id as deep_id from (select id from investigation_case where team_id in (:north, :akc) or assigned_investigator_id = :sup
  order by id desc offset 499 limit 1) x \gset
select received_at as deep_at, id as deep_rid from (select received_at, id from investigation_case
  where team_id in (:north, :akc) or assigned_investigator_id = :sup order by received_at desc, id desc offset 499 limit 1) x \gset

\echo '=== first page, newest (investigator)'
explain (analyze, buffers, costs off)
select c.id, c.reference, c.status, c.allegation_type, t.code, a.username, c.received_at, c.period_from, c.period_to
  from investigation_case c join team t on t.id = c.team_id left join staff_member a on a.id = c.assigned_investigator_id
 where (c.team_id in (:north) or c.assigned_investigator_id = :me)
 order by c.id desc fetch first 26 rows only;

\echo '=== status=INVESTIGATING (investigator)'
explain (analyze, buffers, costs off)
select c.id, c.reference, c.status, c.allegation_type, t.code, a.username, c.received_at, c.period_from, c.period_to
  from investigation_case c join team t on t.id = c.team_id left join staff_member a on a.id = c.assigned_investigator_id
 where (c.team_id in (:north) or c.assigned_investigator_id = :me) and c.status = 'INVESTIGATING'
 order by c.id desc fetch first 26 rows only;

\echo '=== team=NORTHLAND (investigator; own team, so "team = T" alone states the access condition)'
explain (analyze, buffers, costs off)
select c.id, c.reference, c.status, c.allegation_type, t.code, a.username, c.received_at, c.period_from, c.period_to
  from investigation_case c join team t on t.id = c.team_id left join staff_member a on a.id = c.assigned_investigator_id
 where c.team_id = :north
 order by c.id desc fetch first 26 rows only;

\echo '=== team=NORTHLAND, status=REOPENED (investigator)'
explain (analyze, buffers, costs off)
select c.id, c.reference, c.status, c.allegation_type, t.code, a.username, c.received_at, c.period_from, c.period_to
  from investigation_case c join team t on t.id = c.team_id left join staff_member a on a.id = c.assigned_investigator_id
 where c.team_id = :north and c.status = 'REOPENED'
 order by c.id desc fetch first 26 rows only;

\echo '=== team=WEST-COAST (investigator; not own team: only own assignments there)'
select id as wc from team where code = 'WEST-COAST' \gset
explain (analyze, buffers, costs off)
select c.id, c.reference, c.status, c.allegation_type, t.code, a.username, c.received_at, c.period_from, c.period_to
  from investigation_case c join team t on t.id = c.team_id left join staff_member a on a.id = c.assigned_investigator_id
 where c.assigned_investigator_id = :me and c.team_id = :wc
 order by c.id desc fetch first 26 rows only;

\echo '=== assignee=inv.005 (investigator; a colleague: visible exactly where the team is mine)'
select id as inv5 from staff_member where username = 'inv.005' \gset
explain (analyze, buffers, costs off)
select c.id, c.reference, c.status, c.allegation_type, t.code, a.username, c.received_at, c.period_from, c.period_to
  from investigation_case c join team t on t.id = c.team_id left join staff_member a on a.id = c.assigned_investigator_id
 where c.team_id in (:north) and c.assigned_investigator_id = :inv5
 order by c.id desc fetch first 26 rows only;

\echo '=== client number (investigator)'
explain (analyze, buffers, costs off)
select c.id, c.reference, c.status, c.allegation_type, t.code, a.username, c.received_at, c.period_from, c.period_to
  from investigation_case c join team t on t.id = c.team_id left join staff_member a on a.id = c.assigned_investigator_id
 where (c.team_id in (:north) or c.assigned_investigator_id = :me)
   and exists (select s.id from case_subject s join client cl on cl.id = s.client_id
               where s.case_id = c.id and cl.client_number = :'client')
 order by c.id desc fetch first 26 rows only;

\echo '=== sort=RECEIVED_LATEST (investigator)'
explain (analyze, buffers, costs off)
select c.id, c.reference, c.status, c.allegation_type, t.code, a.username, c.received_at, c.period_from, c.period_to
  from investigation_case c join team t on t.id = c.team_id left join staff_member a on a.id = c.assigned_investigator_id
 where (c.team_id in (:north) or c.assigned_investigator_id = :me)
 order by c.received_at desc, c.id desc fetch first 26 rows only;

\echo '=== supervisor of 2 teams, newest'
explain (analyze, buffers, costs off)
select c.id, c.reference, c.status, c.allegation_type, t.code, a.username, c.received_at, c.period_from, c.period_to
  from investigation_case c join team t on t.id = c.team_id left join staff_member a on a.id = c.assigned_investigator_id
 where (c.team_id in (:north, :akc) or c.assigned_investigator_id = :sup)
 order by c.id desc fetch first 26 rows only;

\echo '=== page 21, newest (supervisor)'
explain (analyze, buffers, costs off)
select c.id, c.reference, c.status, c.allegation_type, t.code, a.username, c.received_at, c.period_from, c.period_to
  from investigation_case c join team t on t.id = c.team_id left join staff_member a on a.id = c.assigned_investigator_id
 where (c.team_id in (:north, :akc) or c.assigned_investigator_id = :sup)
   and c.id < :deep_id
 order by c.id desc fetch first 26 rows only;

\echo '=== page 21, RECEIVED_LATEST (supervisor): leading "received_at <= last" bounds the index scan'
explain (analyze, buffers, costs off)
select c.id, c.reference, c.status, c.allegation_type, t.code, a.username, c.received_at, c.period_from, c.period_to
  from investigation_case c join team t on t.id = c.team_id left join staff_member a on a.id = c.assigned_investigator_id
 where (c.team_id in (:north, :akc) or c.assigned_investigator_id = :sup)
   and c.received_at <= :'deep_at' and (c.received_at < :'deep_at' or c.id < :deep_rid)
 order by c.received_at desc, c.id desc fetch first 26 rows only;
