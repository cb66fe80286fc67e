#!/usr/bin/env bash
# Builds the WAR and runs it on Payara Micro at http://localhost:8080/ . Ready means /health/ready answered 200:
# Payara's own "ready" banner also appears when the deployment failed. Stop with Ctrl-C.
# Database: embedded H2 under ./data with demo accounts, unless DB_URL (and DB_CLASSNAME, DB_USER, DB_PASSWORD)
# point elsewhere. Extra JVM options can be passed in JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PORT:-8080}"
if [ "${SKIP_BUILD:-false}" != "true" ]; then
  mvn -B -q -ntp package -DskipTests
fi
# A fresh runtime directory each start: a stale one keeps old deployments and settings.
rm -rf target/payara-root
mkdir -p data target/payara-root

# After boot (Payara refuses it before): /metrics only for file-realm users in group "monitoring" (docs/security.md,
# "What is public"), and that user from METRICS_USER/METRICS_PASSWORD (docs/operations.md). The password file lives
# only in the fresh runtime directory, readable by this user alone; without a password nobody reads /metrics.
echo "set-metrics-configuration --securityEnabled=true --roles=monitoring" > target/payara-root/post-boot-commands.asadmin
if [ -n "${METRICS_PASSWORD:-}" ]; then
  (umask 077; printf 'AS_ADMIN_USERPASSWORD=%s\n' "$METRICS_PASSWORD" > target/payara-root/metrics-password)
  echo "create-file-user --groups=monitoring --passwordfile=target/payara-root/metrics-password ${METRICS_USER:-monitor}" \
    >> target/payara-root/post-boot-commands.asadmin
fi

java ${JAVA_OPTS:--Xmx512m} -jar target/payara-micro.jar \
  --deploy target/app.war --contextroot / \
  --port "$PORT" --nohazelcast \
  --rootdir target/payara-root \
  --prebootcommandfile server-config/pre-boot-commands.asadmin \
  --postbootcommandfile target/payara-root/post-boot-commands.asadmin \
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
