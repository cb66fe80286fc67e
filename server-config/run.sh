#!/usr/bin/env bash
# Builds the WAR and runs it on Payara Micro at http://localhost:8080/ . Ready means /health/ready answered 200:
# Payara's own "ready" banner also appears when the deployment failed. Stop with Ctrl-C.
# Database: embedded H2 under ./data with demo accounts, unless DB_URL (and DB_CLASSNAME, DB_USER, DB_PASSWORD)
# point elsewhere. Extra JVM options can be passed in JAVA_OPTS. PAYARA_ROOT (default target/payara-root) is the
# runtime directory; the running server holds a lock on it so no tool or second start deletes it.
set -euo pipefail
cd "$(dirname "$0")/.."
source server-config/runtime-dir.sh

PORT="${PORT:-8080}"
ROOT="${PAYARA_ROOT:-target/payara-root}"
if [ "${SKIP_BUILD:-false}" != "true" ]; then
  mvn -B -q -ntp package -DskipTests
fi
claim_runtime_dir "$ROOT"
mkdir -p data

# /metrics is for the monitoring account only (docs/security.md, "What is public"); its password comes from
# APP_MONITORING_PASSWORD. The embedded demo gets a documented demo password, like the demo staff accounts.
if [ -z "${DB_URL:-}" ]; then
  export APP_MONITORING_PASSWORD="${APP_MONITORING_PASSWORD:-monitoring-demo-password}"
fi

java ${JAVA_OPTS:--Xmx512m} -jar target/payara-micro.jar \
  --deploy target/app.war --contextroot / \
  --port "$PORT" --nohazelcast \
  --rootdir "$ROOT" \
  --prebootcommandfile server-config/pre-boot-commands.asadmin \
  --logproperties server-config/logging.properties &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null' INT TERM EXIT

for _ in $(seq 1 180); do
  if ! kill -0 "$server" 2>/dev/null; then
    echo "Payara Micro exited before the application became ready" >&2
    exit 1
  fi
  if curl -fsS "http://localhost:$PORT/health/ready" >/dev/null 2>&1; then
    echo "Integrity Case Manager is ready at http://localhost:$PORT/ (health: http://localhost:$PORT/health/ready)"
    wait "$server"
    exit $?
  fi
  sleep 1
done
echo "The application did not become ready within 180 seconds; see the log above" >&2
exit 1
