#!/usr/bin/env bash
# Starts the application in the background on a benchmark database and waits until /health/ready answers.
#
#   bash server-config/benchmark/start-app.sh DBNAME PORT        # stop with: bash server-config/benchmark/stop-app.sh DBNAME
#
# Same JVM and Payara options as server-config/run.sh (JAVA_OPTS default -Xmx512m), but with its own runtime
# directory per database, so the 10k and the 1M application can run side by side. Needs target/app.war.
set -euo pipefail
cd "$(dirname "$0")/../.."
source server-config/runtime-dir.sh
db="${1:?usage: start-app.sh DBNAME PORT}"
port="${2:?usage: start-app.sh DBNAME PORT}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-icm_bench}" PGPASSWORD="${PGPASSWORD:-icm_bench}"
root="target/bench-$db"
claim_runtime_dir "$root/payara-root"
DB_CLASSNAME=org.postgresql.ds.PGSimpleDataSource DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" \
DB_USER="$PGUSER" DB_PASSWORD="$PGPASSWORD" \
  setsid java ${JAVA_OPTS:--Xmx512m} -jar target/payara-micro.jar \
    --deploy target/app.war --contextroot / --port "$port" --nohazelcast \
    --rootdir "$root/payara-root" \
    --prebootcommandfile server-config/pre-boot-commands.asadmin \
    --logproperties server-config/logging.properties >"$root/app.log" 2>&1 </dev/null &
echo $! >"$root/pid"
for _ in $(seq 1 300); do
  if ! kill -0 "$(cat "$root/pid")" 2>/dev/null; then
    tail -40 "$root/app.log" >&2; echo "Payara Micro exited; log: $root/app.log" >&2; exit 1
  fi
  if curl -fsS "http://localhost:$port/health/ready" >/dev/null 2>&1; then
    echo "ready on http://localhost:$port/ ($db, pid $(cat "$root/pid"), log $root/app.log)"; exit 0
  fi
  sleep 1
done
echo "not ready within 300 s; log: $root/app.log" >&2
exit 1
