#!/usr/bin/env bash
# Measures the case list on a generated benchmark database; starts and stops the application itself unless
# it is already running there (start-app.sh).
#
#   bash server-config/benchmark/run-benchmark.sh DBNAME [PORT] [REQUESTS] [WARMUP]
#
# Needs target/app.war (mvn -B -q -ntp -o package -DskipTests) and a database filled by generate.sh.
# Results: a table on stdout and target/benchmark-DBNAME.json.
set -euo pipefail
cd "$(dirname "$0")/../.."

db="${1:?usage: run-benchmark.sh DBNAME [PORT] [REQUESTS] [WARMUP]}"
port="${2:-8091}"
requests="${3:-200}"
warmup="${4:-50}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-icm_bench}" PGPASSWORD="${PGPASSWORD:-icm_bench}"

# A client who is a subject of a NORTHLAND case (bench.investigator's team).
client=$(psql -d "$db" -tAc "select cl.client_number from investigation_case c join team t on t.id = c.team_id
  join case_subject s on s.case_id = c.id join client cl on cl.id = s.client_id
  where t.code = 'NORTHLAND' order by c.id desc limit 1")

if ! curl -fsS "http://localhost:$port/health/ready" >/dev/null 2>&1; then
  bash server-config/benchmark/start-app.sh "$db" "$port"
  trap 'bash server-config/benchmark/stop-app.sh "$db"' EXIT INT TERM
fi

echo "database $db: $(psql -d "$db" -tAc "select count(*) from investigation_case") cases; client filter $client"
echo "load before: $(uptime)"
python3 server-config/benchmark/measure-case-list.py --base "http://localhost:$port" --client "$client" \
  --requests "$requests" --warmup "$warmup" --json "target/benchmark-$db.json"
echo "load after:  $(uptime)"
