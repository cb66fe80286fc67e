-- Loads synthetic teams, staff, clients and investigation cases into a PostgreSQL database whose schema the
-- application's Flyway migrations already created. Set-based (generate_series), one transaction, then ANALYZE.
-- BENCHMARK DATA ONLY: never run this against a real database.
--
--   psql -h 127.0.0.1 -U icm_bench -d icm_bench_1m -v ON_ERROR_STOP=1 \
--        -v cases=1000000 -v bench_hash='PBKDF2WithHmacSHA512:1000:<salt>:<hash>' -f generate-cases.sql
--
-- Variables: cases (required), bench_hash (required: the password hash every generated account gets; see
-- generate.sh, which computes it), clients (optional, default cases/5 but at least 1,000).
-- Result: 20 teams, each with a supervisor (sup.01 .. sup.20) and 10 investigators (inv.001 .. inv.200);
-- bench.investigator is an investigator of team NORTHLAND (in place of inv.001) and bench.supervisor supervises
-- NORTHLAND and AUCKLAND-CENTRAL. Refuses to run when investigation_case already holds rows.

\set ON_ERROR_STOP on
\if :{?cases}
\else
  \echo 'Set -v cases=N'
  \quit
\endif
\if :{?bench_hash}
\else
  \echo 'Set -v bench_hash=PBKDF2WithHmacSHA512:<iterations>:<salt>:<hash> (generate.sh computes it)'
  \quit
\endif
\if :{?clients}
\else
  select greatest(1000, :cases / 5) as clients \gset
\endif

select count(*) = 0 as case_table_empty, to_regclass('investigation_case') is not null as schema_ok
  from investigation_case \gset
\if :case_table_empty
\else
  \echo 'investigation_case is not empty: generate into a freshly migrated database'
  \quit
\endif

\timing on
begin;
set local work_mem = '256MB';
set local maintenance_work_mem = '512MB';
select setseed(0.20261124);

-- Teams: regional fraud teams. Bigger regions get more cases (weight).
create temporary table bench_team (n int primary key, code text, name text, weight float8) on commit drop;
insert into bench_team (n, code, name, weight) values
  (1, 'NORTHLAND', 'Northland integrity team', 1.0),
  (2, 'AUCKLAND-NORTH', 'Auckland North integrity team', 1.6),
  (3, 'AUCKLAND-CENTRAL', 'Auckland Central integrity team', 1.8),
  (4, 'AUCKLAND-SOUTH', 'Auckland South integrity team', 2.0),
  (5, 'WAIKATO', 'Waikato integrity team', 1.3),
  (6, 'BAY-OF-PLENTY', 'Bay of Plenty integrity team', 1.2),
  (7, 'TAIRAWHITI', 'Tairāwhiti integrity team', 0.5),
  (8, 'HAWKES-BAY', 'Hawke''s Bay integrity team', 0.9),
  (9, 'TARANAKI', 'Taranaki integrity team', 0.7),
  (10, 'MANAWATU', 'Manawatū-Whanganui integrity team', 1.0),
  (11, 'WELLINGTON', 'Wellington integrity team', 1.4),
  (12, 'WAIRARAPA', 'Wairarapa integrity team', 0.4),
  (13, 'NELSON', 'Nelson Tasman integrity team', 0.6),
  (14, 'MARLBOROUGH', 'Marlborough integrity team', 0.4),
  (15, 'WEST-COAST', 'West Coast integrity team', 0.3),
  (16, 'CANTERBURY-NORTH', 'Canterbury North integrity team', 1.1),
  (17, 'CANTERBURY-SOUTH', 'Canterbury South integrity team', 1.0),
  (18, 'OTAGO', 'Otago integrity team', 0.9),
  (19, 'SOUTHLAND', 'Southland integrity team', 0.6),
  (20, 'CENTRAL-PLATEAU', 'Central Plateau integrity team', 0.5);

-- Staff: 20 supervisors, 200 investigators (bench.investigator is team 1's first), one benchmark supervisor.
insert into staff_member (username, display_name, password_hash)
select 'sup.' || lpad(n::text, 2, '0'), 'Supervisor ' || n, :'bench_hash' from generate_series(1, 20) n
union all
select case when n = 1 then 'bench.investigator' else 'inv.' || lpad(n::text, 3, '0') end,
       case when n = 1 then 'Benchmark Investigator' else 'Investigator ' || n end, :'bench_hash'
  from generate_series(1, 200) n
union all
select 'bench.supervisor', 'Benchmark Supervisor', :'bench_hash';

insert into staff_role (staff_member_id, role)
select id, case when username like 'inv.%' or username = 'bench.investigator' then 'INVESTIGATOR' else 'SUPERVISOR' end
  from staff_member where username like 'sup.%' or username like 'inv.%' or username like 'bench.%';

insert into team (code, name, supervisor_id)
select t.code, t.name, s.id
  from bench_team t
  join staff_member s on s.username = case when t.n in (1, 3) then 'bench.supervisor'
                                           else 'sup.' || lpad(t.n::text, 2, '0') end
 order by t.n;

-- Investigator k (1..200) belongs to team ((k-1)/10)+1; slot = (k-1)%10.
create temporary table bench_inv (team_n int, slot int, staff_id bigint, username text,
                                  primary key (team_n, slot)) on commit drop;
insert into bench_inv
select (n - 1) / 10 + 1, (n - 1) % 10, s.id, s.username
  from generate_series(1, 200) n
  join staff_member s on s.username = case when n = 1 then 'bench.investigator' else 'inv.' || lpad(n::text, 3, '0') end;

create temporary table bench_team_id (n int primary key, id bigint) on commit drop;
insert into bench_team_id select b.n, t.id from bench_team b join team t on t.code = b.code;

insert into team_member (team_id, staff_member_id)
select ti.id, i.staff_id from bench_inv i join bench_team_id ti on ti.n = i.team_n
union all      -- supervisors are members of their own team too
select t.id, t.supervisor_id from team t join bench_team b on b.code = t.code where t.supervisor_id is not null
on conflict do nothing;

-- Clients: nine-digit client numbers 100000000 + 3989 * n (unique, valid), names from small lists.
insert into client (id, client_number, given_names, family_name, date_of_birth, phone, email, postal_address,
                    ethnicity, iwi_affiliation)
overriding system value
select n,
       (100000000 + 3989 * n)::text,
       (array['Aroha','James','Mere','Liam','Olivia','Wiremu','Charlotte','Sione','Amelia','Jack','Hana','Oliver',
              'Isla','Tama','Ava','Noah','Ruby','Manaia','Mia','Leo'])[1 + (n * 7) % 20],
       (array['Smith','Ngata','Wilson','Williams','Brown','Taylor','Tipene','Lee','Patel','Singh','Walker','Harris',
              'Te Whata','King','Martin','Fifita','Anderson','Clarke','Parata','Thompson'])[1 + (n * 13) % 20],
       date '1950-01-01' + ((n * 7919) % 20000)::int,
       '021' || lpad(((n * 104729) % 10000000)::text, 7, '0'),
       case when n % 3 = 0 then 'client' || n || '@example.nz' end,
       n || ' Example Street, Aotearoa',
       case when n % 4 = 0 then (array['NZ European','Māori','Samoan','Tongan','Chinese','Indian'])[1 + n % 6] end,
       case when n % 8 = 0 then (array['Ngāpuhi','Ngāti Porou','Waikato Tainui','Ngāi Tahu'])[1 + n % 4] end
  from generate_series(1::bigint, :clients) n;

-- Cases. received_at grows with id (with jitter) over six years ending today, so NEWEST and RECEIVED_LATEST
-- differ only slightly, as in a real intake. Older cases are mostly closed; recent ones spread over the lifecycle.
create temporary table bench_case on commit drop as
select n as id,
       r_status, r_source, r_alleg, r_team, r_assign, r_outcome, r_subj,
       (timestamptz '2020-12-01 00:00+13' + (now() - timestamptz '2020-12-01 00:00+13') * (n::float8 / :cases)
          - make_interval(secs => r_jitter * 86400 * 3))::timestamptz as received_at
  from (select n, random() r_status, random() r_source, random() r_alleg, random() r_team, random() r_assign,
               random() r_outcome, random() r_subj, random() r_jitter
          from generate_series(1::bigint, :cases) n) g;

-- Weighted team choice: cumulative weight ranges.
create temporary table bench_team_range on commit drop as
select n, case when n = 20 then 2.0 else sum(weight) over (order by n) / sum(weight) over () end as hi
  from bench_team;

insert into investigation_case (id, reference, status, referral_source, data_match_channel, allegation_type,
                                allegation_summary, period_from, period_to, team_id, assigned_investigator_id,
                                suspended_from, suspension_review_date, outcome, received_at, updated_at)
overriding system value
select c.id,
       'INV-' || y.yr || '-' || lpad(row_number() over (partition by y.yr order by c.id)::text, 6, '0'),
       s.status,
       src.source,
       case when src.source = 'DATA_MATCH' then (array['Customs arrivals and departures (AISA)',
            'Inland Revenue income match (Tax Administration Act s 18E)', 'Department of Corrections prisoner match',
            'Immigration NZ visa status match'])[1 + (c.id % 4)::int] end,
       case when src.source = 'DATA_MATCH' and c.id % 4 = 0 then 'OVERSEAS_TRAVEL'
            when c.r_alleg < 0.40 then 'UNDECLARED_INCOME'
            when c.r_alleg < 0.70 then 'RELATIONSHIP'
            when c.r_alleg < 0.82 then 'OVERSEAS_TRAVEL'
            when c.r_alleg < 0.88 then 'IDENTITY' else 'OTHER' end,
       'Synthetic benchmark allegation ' || c.id,
       c.received_at::date - (90 + (c.id * 31) % 900)::int,
       c.received_at::date - ((c.id * 17) % 60)::int,
       ti.id,
       case when c.r_assign < 0.0005 then bench.staff_id          -- a few cross-team assignments
            when s.status in ('REFERRAL', 'TRIAGE') and c.r_assign < 0.5 then null
            else inv.staff_id end,
       case when s.status = 'SUSPENDED' then case when c.id % 3 = 0 then 'TRIAGE' else 'INVESTIGATING' end end,
       case when s.status = 'SUSPENDED' then c.received_at::date + 90 end,
       case when s.status = 'CLOSED' then case when c.r_outcome < 0.35 then 'NO_OVERPAYMENT'
                                                when c.r_outcome < 0.80 then 'OVERPAYMENT_ESTABLISHED'
                                                when c.r_outcome < 0.85 then 'REFERRED_FOR_PROSECUTION'
                                                else 'WARNING' end end,
       c.received_at,
       least(now(), c.received_at + make_interval(days => ((c.id * 7) % 200)::int))
  from bench_case c
  cross join lateral (select extract(year from c.received_at at time zone 'Pacific/Auckland')::int yr) y
  cross join lateral (select case
          when c.received_at < now() - interval '1 year' then
               case when c.r_status < 0.55 then 'CLOSED' when c.r_status < 0.92 then 'CLOSED_NO_FURTHER_ACTION'
                    when c.r_status < 0.95 then 'SUSPENDED' when c.r_status < 0.98 then 'INVESTIGATING'
                    else 'OUTCOME_PROPOSED' end
          else case when c.r_status < 0.12 then 'REFERRAL' when c.r_status < 0.25 then 'TRIAGE'
                    when c.r_status < 0.45 then 'CLOSED_NO_FURTHER_ACTION' when c.r_status < 0.50 then 'INVESTIGATION_PROPOSED'
                    when c.r_status < 0.75 then 'INVESTIGATING' when c.r_status < 0.80 then 'OUTCOME_PROPOSED'
                    when c.r_status < 0.92 then 'CLOSED' when c.r_status < 0.97 then 'SUSPENDED'
                    else 'REOPENED' end end status) s
  cross join lateral (select case when c.r_source < 0.45 then 'PUBLIC_ALLEGATION' when c.r_source < 0.75 then 'DATA_MATCH'
                                  when c.r_source < 0.90 then 'INTERNAL_REFERRAL' else 'RANDOM_REVIEW' end source) src
  cross join lateral (select r.n from bench_team_range r where r.hi > c.r_team order by r.n limit 1) tr
  join bench_team_id ti on ti.n = tr.n
  join bench_inv inv on inv.team_n = tr.n and inv.slot = (c.id % 10)::int
  join bench_inv bench on bench.username = 'bench.investigator'
 order by c.id;

-- Subjects: every case has its client; 40 % also the client's partner.
insert into case_subject (case_id, client_id, role, added_by, added_at)
select c.id, 1 + (c.id * 48271) % :clients, 'CLIENT', 'intake', c.received_at from bench_case c
union all
select c.id, 1 + ((c.id * 48271) % :clients + 1) % :clients, 'PARTNER', 'intake', c.received_at
  from bench_case c where c.r_subj < 0.40;

insert into case_reference_counter (reference_year, last_number)
select substr(reference, 5, 4)::int, max(substr(reference, 10, 6)::int) from investigation_case group by 1
on conflict (reference_year) do update set last_number = greatest(case_reference_counter.last_number, excluded.last_number);

select setval(pg_get_serial_sequence('investigation_case', 'id'), (select max(id) from investigation_case));
select setval(pg_get_serial_sequence('client', 'id'), (select max(id) from client));
commit;

analyze staff_member, staff_role, team, team_member, client, investigation_case, case_subject, case_reference_counter;
\timing off

select count(*) as cases, min(reference) as first_reference, max(received_at) as newest_received from investigation_case;
select status, count(*) from investigation_case group by status order by 2 desc;
select t.code, count(*) from investigation_case c join team t on t.id = c.team_id group by t.code order by 2 desc limit 5;
select count(*) as subjects from case_subject;
select * from case_reference_counter order by reference_year;
