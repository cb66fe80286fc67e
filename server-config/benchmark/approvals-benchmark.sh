#!/usr/bin/env bash
# G1 (issue 11): approvals through HTTP against pgbench running the minimal SQL an approval needs, in one run,
# printing the ratio (target >= 0.3).
#
#   bash server-config/benchmark/approvals-benchmark.sh DBNAME [PORT] [CLIENTS] [SECONDS] [PREPARED]
#
#   approvals   ApprovalsBenchmark (src/test/java/nz/integrity/request): CLIENTS threads approve PREPARED submitted
#               requests as supervisor2 over REST (HTTP Basic, one call each) for SECONDS, after 5 s of warm-up.
#   pgbench     CLIENTS pgbench clients for SECONDS running, per transaction: the request update, the verdict insert
#               and one audit insert (approvals-minimal.sql), on copies of those tables in a scratch schema
#               approvals_bench of the same database (no triggers, no other rows touched; dropped afterwards).
#
# DBNAME must hold the demo data, which the application loads only into H2: run one IT against it first (the IT
# fixture seeds it), e.g. -Dit.test=FoundationIT with it.db.opts as in docs/testing.md. The requests drafted here
# stay in it, and the two accounts used (investigator, supervisor2) get their passwords re-hashed with
# BENCH_PBKDF2_ITERATIONS (default 210000, the production default; the fixture uses far fewer to keep tests fast).
# JAVA_OPTS reaches the server (start-app.sh), e.g. JAVA_OPTS="-Xmx512m -Dapp.security.api-credential-cache-seconds=0"
# to measure without the API credential cache. If nothing answers on PORT the script starts the application with
# start-app.sh (its own runtime directory target/bench-DBNAME, claimed with the lock of runtime-dir.sh, so a running
# instance's files are never deleted) and stops it at the end; an application already running there is used as is.
# Needs target/app.war and target/payara-micro.jar (mvn -B -ntp package -DskipTests). Not part of mvn verify or CI.
set -euo pipefail
cd "$(dirname "$0")/../.."

db="${1:?usage: approvals-benchmark.sh DBNAME [PORT] [CLIENTS] [SECONDS] [PREPARED]}"
port="${2:-8093}"
clients="${3:-8}"
seconds="${4:-30}"
prepared="${5:-600}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-$db}" PGPASSWORD="${PGPASSWORD:-$db}"

mvn -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test

if ! curl -fsS "http://localhost:$port/health/ready" >/dev/null 2>&1; then
  bash server-config/benchmark/start-app.sh "$db" "$port"
  trap 'bash server-config/benchmark/stop-app.sh "$db"' EXIT INT TERM
fi

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); cores: $(nproc); $(free -g | awk '/Mem:/ {print $2 " GiB RAM"}')"
echo "java: $(java -version 2>&1 | head -1); $(psql -d "$db" -tAc 'select version()' | cut -d, -f1)"
echo "load before: $(uptime)"

java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  nz.integrity.request.ApprovalsBenchmark "http://localhost:$port" "jdbc:postgresql://$PGHOST:$PGPORT/$db" \
  "$PGUSER" "$PGPASSWORD" "$clients" "$seconds" "$prepared" "${BENCH_PBKDF2_ITERATIONS:-210000}" | tee target/approvals-http.txt
approvals=$(sed -n 's/^APPROVALS_PER_SECOND=//p' target/approvals-http.txt)

# The yardstick: the same three writes on copies of the real tables (columns, keys, indexes and checks; no foreign
# keys, no triggers, own sequences), each transaction on a random request row so clients do not queue on one lock.
psql -q -d "$db" -v ON_ERROR_STOP=1 <<'SQL'
drop schema if exists approvals_bench cascade;
create schema approvals_bench;
create table approvals_bench.information_request (like public.information_request including all);
insert into approvals_bench.information_request select * from public.information_request;
create table approvals_bench.ids as select row_number() over (order by id) as n, id from approvals_bench.information_request;
alter table approvals_bench.ids add primary key (n);
create table approvals_bench.request_verdict (like public.request_verdict including all);
create sequence approvals_bench.submission;
create table approvals_bench.audit_event (like public.audit_event including all);
create sequence approvals_bench.audit_event_id;
alter table approvals_bench.audit_event alter column id set default nextval('approvals_bench.audit_event_id');
analyze approvals_bench.information_request;
analyze approvals_bench.ids;
SQL
rows=$(psql -d "$db" -tAc 'select count(*) from approvals_bench.ids')
cat > target/approvals-minimal.sql <<'SQL'
\set n random(1, :rows)
begin;
update approvals_bench.information_request set status = 'APPROVED',
  approved_content_hash = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', approved_by = 'supervisor2',
  approved_at = now(), approval_expires_on = current_date + 28, updated_at = now(), version = version + 1
  where id = (select id from approvals_bench.ids where n = :n);
insert into approvals_bench.request_verdict (request_id, submission_number, verdict, decided_by, decided_at, reason, content_hash)
  values (:n, nextval('approvals_bench.submission'), 'APPROVED', 'supervisor2', now(), 'Necessary and proportionate',
  '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08');
insert into approvals_bench.audit_event (occurred_at, actor, actor_role, action, object_type, object_id, outcome, reason, origin, payload)
  values (now(), 'supervisor2', 'SUPERVISOR', 'REQUEST_APPROVED', 'REQUEST', 'REQ-2026-000001', 'SUCCESS',
  'Necessary and proportionate', 'api 127.0.0.1',
  '{"contentHash":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08","expiresOn":"2027-01-01","overrides":"R07,R30"}');
commit;
SQL
pgbench -n -c "$clients" -j "$clients" -T "$seconds" -D rows="$rows" -f target/approvals-minimal.sql "$db" 2>&1 \
  | tee target/approvals-pgbench.txt
pg=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' target/approvals-pgbench.txt)
psql -q -d "$db" -c 'drop schema approvals_bench cascade'
echo "load after:  $(uptime)"
echo "approvals via HTTP: $approvals/s; minimal approval SQL via pgbench: $pg tx/s; ratio: $(python3 -c "print(round($approvals / $pg, 3))") (target >= 0.3)"
