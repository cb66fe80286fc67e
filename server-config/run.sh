#!/usr/bin/env bash
# Builds the WAR and runs it on Payara Micro at http://localhost:8080/ . Ready means /health/ready answered 200 with
# the application's own checks in it: Payara's "ready" banner, and a bare UP from /health/ready, also appear while
# the application is still deploying or when its deployment failed. Stop with Ctrl-C.
# Database: embedded H2 under ./data with demo accounts, unless DB_URL (and DB_CLASSNAME, DB_USER, DB_PASSWORD)
# point elsewhere. JVM options can be passed in JAVA_OPTS (default -Xmx512m -XX:TieredStopAtLevel=1).
# PAYARA_ROOT (default target/payara-root) is the runtime directory; the running server holds a lock on it so no
# tool or second start deletes it.
# Class data sharing: the first start records the classes it loads into target/payara-cds.jsa when it stops
# (Ctrl-C); later starts map them from there instead of loading and verifying them again (16,700 of the 23,700
# classes of a start, see docs/benchmarks.md, "Boot"). A new payara-micro.jar or JDK makes the script record a
# new archive. CDS=false turns this off.
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

# The JVM checks an archive against itself and payara-micro.jar and ignores a stale one; classes of a rebuilt WAR or
# library that differ from their recorded version are loaded normally (each is matched by size and checksum).
# A new archive is written under a temporary name and takes the place of the old one only once complete.
cds=() archive=target/payara-cds.jsa recording=""
if [ "${CDS:-true}" = "true" ]; then
  stamp="$(java -version 2>&1 | tr '\n' ' ') $(cksum < target/payara-micro.jar)"
  if [ -f "$archive" ] && [ "$(cat "$archive.stamp" 2>/dev/null)" = "$stamp" ]; then
    cds=(-XX:SharedArchiveFile="$archive")
  else
    recording="$archive.$$"
    cds=(-XX:ArchiveClassesAtExit="$recording")
  fi
fi
finish_cds() {
  if [ -n "$recording" ] && [ -s "$recording" ]; then
    mv -f "$recording" "$archive" && echo "$stamp" > "$archive.stamp"
  fi
  rm -f "$recording"
}

# -XX:TieredStopAtLevel=1 (C1 only, unless JAVA_OPTS says otherwise): the C2 compiler's work during boot was 40 %
# of the CPU time to readiness (docs/benchmarks.md, "Boot"); a local run command does not need C2's peak speed.
java ${JAVA_OPTS:--Xmx512m -XX:TieredStopAtLevel=1} "${cds[@]}" -jar target/payara-micro.jar \
  --deploy target/app.war --contextroot / \
  --port "$PORT" --nohazelcast \
  --rootdir "$ROOT" \
  --prebootcommandfile server-config/pre-boot-commands.asadmin \
  --logproperties server-config/logging.properties &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; finish_cds' INT TERM EXIT

# Every 0.2 s: polling once a second made the ready message half a second late on average.
for _ in $(seq 1 900); do
  if ! kill -0 "$server" 2>/dev/null; then
    echo "Payara Micro exited before the application became ready" >&2
    exit 1
  fi
  if curl -fsS "http://localhost:$PORT/health/ready" 2>/dev/null | grep -q '"audit-sealing"'; then
    echo "Integrity Case Manager is ready at http://localhost:$PORT/ (health: http://localhost:$PORT/health/ready)"
    wait "$server"
    exit $?
  fi
  sleep 0.2
done
echo "The application did not become ready within 180 seconds; see the log above" >&2
exit 1
