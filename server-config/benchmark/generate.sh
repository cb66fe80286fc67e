#!/usr/bin/env bash
# Loads N synthetic cases into a PostgreSQL benchmark database: BENCHMARK DATA ONLY.
#
#   bash server-config/benchmark/generate.sh DBNAME N
#
# The database must exist and be owned by $PGUSER (default icm_bench), e.g.
#   su postgres -c "createuser icm_bench; psql -c \"alter user icm_bench password 'icm_bench'\"; createdb -O icm_bench icm_bench_1m"
# When the schema is missing, the application is started once against the database so Flyway creates it
# (needs target/app.war and target/payara-micro.jar: mvn -B -q -ntp -o package -DskipTests), then stopped. It runs
# from its own runtime directory, so a server started by run.sh from the same checkout keeps its files.
# Every generated account (bench.investigator, bench.supervisor, inv.NNN, sup.NN) gets the password
# $BENCH_PASSWORD, hashed in the container's format PBKDF2WithHmacSHA512:<iterations>:<salt b64>:<hash b64> with
# $BENCH_PBKDF2_ITERATIONS (default 1000, so per-request HTTP Basic hashing does not swamp the list's own cost;
# the application's default for real passwords is 210000).
set -euo pipefail
cd "$(dirname "$0")/../.."

db="${1:?usage: generate.sh DBNAME N}"
cases="${2:?usage: generate.sh DBNAME N}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-icm_bench}" PGPASSWORD="${PGPASSWORD:-icm_bench}"
password="${BENCH_PASSWORD:-bench-password-2026}"
iterations="${BENCH_PBKDF2_ITERATIONS:-1000}"
migrate_port="${MIGRATE_PORT:-8097}"

if [ "$(psql -d "$db" -tAc "select to_regclass('investigation_case') is not null")" != "t" ]; then
  echo "No schema in $db yet: starting the application once on port $migrate_port so Flyway creates it"
  log=$(mktemp)
  DB_CLASSNAME=org.postgresql.ds.PGSimpleDataSource DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" \
    DB_USER="$PGUSER" DB_PASSWORD="$PGPASSWORD" PORT="$migrate_port" SKIP_BUILD=true \
    PAYARA_ROOT="target/bench-migrate-$db/payara-root" \
    setsid bash server-config/run.sh >"$log" 2>&1 &
  app=$!
  for _ in $(seq 1 240); do
    grep -q "Integrity Case Manager is ready" "$log" && break
    kill -0 "$app" 2>/dev/null || { cat "$log" >&2; echo "the application exited; see above" >&2; exit 1; }
    sleep 1
  done
  kill -TERM -- "-$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  grep -q "Integrity Case Manager is ready" "$log" || { tail -50 "$log" >&2; echo "migration did not finish" >&2; exit 1; }
  rm -f "$log"
fi

hash=$(BENCH_PASSWORD="$password" BENCH_PBKDF2_ITERATIONS="$iterations" python3 - <<'EOF'
import base64, hashlib, os
iterations = int(os.environ["BENCH_PBKDF2_ITERATIONS"])
salt = os.urandom(32)
key = hashlib.pbkdf2_hmac("sha512", os.environ["BENCH_PASSWORD"].encode("utf-8"), salt, iterations, 64)
print("PBKDF2WithHmacSHA512:%d:%s:%s" % (iterations, base64.b64encode(salt).decode(), base64.b64encode(key).decode()))
EOF
)

start=$(date +%s.%N)
psql -d "$db" -v ON_ERROR_STOP=1 -v cases="$cases" -v bench_hash="$hash" ${BENCH_CLIENTS:+-v clients="$BENCH_CLIENTS"} \
  -f server-config/benchmark/generate-cases.sql
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v n="$cases" -v d="$db" 'BEGIN { printf "Generated %s cases into %s in %.1f s (including ANALYZE)\n", n, d, e - s }'
