#!/usr/bin/env bash
# Boot-to-ready of the README run command against an empty Payara Micro, measured back to back in one run
# (issue 11, item 5: the application's median must stay within 3x the empty server's).
#
#   bash server-config/benchmark/boot-benchmark.sh [RUNS] [PORT]      # defaults: 3 runs each, port 18480
#
# Needs target/app.war and target/payara-micro.jar (mvn -B -ntp package -DskipTests). Each start gets its own fresh
# temporary directory (Payara runtime directory, H2 database, audit keys), claimed with runtime-dir.sh's lock, so
# no running instance's files are touched; all of it is deleted at the end.
#   empty: java -Xmx512m -jar payara-micro.jar (the same jar from ~/.m2), no WAR; ready = first HTTP answer.
#   app:   server-config/run.sh with SKIP_BUILD=true on a new embedded H2 database (demo data seeded, the first
#          start of a new checkout); ready = the line run.sh prints once /health/ready answered 200.
#   app (restart): run.sh again on the database the previous app run left (no migrations, no seeding).
# run.sh's class data sharing is on as it is for anyone (CDS=false in the environment turns it off for both app runs).
# Runs alternate (empty, app, restart, empty, ...) so a change in the machine's load hits both sides alike.
# The time is the wall clock from starting the process to readiness, polled every 0.1 s.
set -euo pipefail
cd "$(dirname "$0")/../.."
source server-config/runtime-dir.sh

runs="${1:-3}"
port="${2:-18480}"
payara_version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml)
empty_jar="$HOME/.m2/repository/fish/payara/extras/payara-micro/$payara_version/payara-micro-$payara_version.jar"
for f in target/app.war target/payara-micro.jar "$empty_jar"; do
  [ -f "$f" ] || { echo "missing $f: run mvn -B -ntp package -DskipTests first" >&2; exit 1; }
done
cmp -s "$empty_jar" target/payara-micro.jar || { echo "target/payara-micro.jar is not $empty_jar" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/icm-boot-bench.XXXXXX")
pid=""
stop() {
  if [ -n "$pid" ]; then
    kill -TERM -- "-$pid" 2>/dev/null || true
    # Up to 2 minutes: a start that records the CDS archive writes it (about 120 MB) while it stops.
    for _ in $(seq 1 1200); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    pid=""
  fi
}
# LOG_DIR=dir keeps every start's console log there (for the timestamps of a profile).
keep_log() { if [ -n "${LOG_DIR:-}" ]; then mkdir -p "$LOG_DIR"; cp "$work/$1.log" "$LOG_DIR/$1-$2.log"; fi; }
trap 'stop; rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

now() { date +%s.%N; }

# measure NAME READY_TEST COMMAND...: starts COMMAND in its own process group, prints seconds until READY_TEST passes,
# then stops it. Runs in a command substitution (a subshell without the EXIT trap), so it stops what it started itself.
measure() {
  local name="$1" ready="$2"; shift 2
  local log="$work/$name.log" start
  start=$(now)
  setsid "$@" >"$log" 2>&1 </dev/null &
  pid=$!
  for _ in $(seq 1 3000); do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -30 "$log" >&2; echo "$name exited before it was ready" >&2; stop; exit 1
    fi
    if eval "$ready"; then
      awk -v s="$start" -v e="$(now)" 'BEGIN { printf "%.2f\n", e - s }'
      stop
      return
    fi
    sleep 0.1
  done
  tail -30 "$log" >&2; echo "$name not ready within 300 s" >&2; stop; exit 1
}

empty_once() {
  local root="$work/empty-root"
  claim_runtime_dir "$root"
  measure empty "curl -s -o /dev/null http://localhost:$port/" \
    java -Xmx512m -jar "$empty_jar" --nohazelcast --port "$port" --rootdir "$root"
  exec 9>&-
}

# app_once DIR: run.sh on the H2 database and audit keys in DIR (created on first use).
app_once() {
  local dir="$1"
  mkdir -p "$dir"
  measure app "grep -q 'is ready at' '$work/app.log'" env SKIP_BUILD=true PORT="$port" PAYARA_ROOT="$dir/payara-root" \
    DB_URL="jdbc:h2:file:$dir/data/integrity;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    APP_AUDIT_KEY_DIR="$dir/data/audit-keys" bash server-config/run.sh
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "date: $(date -u '+%Y-%m-%d %H:%M:%S UTC'); cores: $(nproc); $(java -version 2>&1 | head -1)"
echo "load before: $(uptime)"
# Not counted: one start of each, so both read their jars from the page cache, and run.sh has recorded its class
# data sharing archive (target/payara-cds.jsa) if it had none; the counted starts are the later starts of a checkout.
w=$(empty_once); keep_log empty warmup
w2=$(app_once "$work/app-warmup"); keep_log app warmup
echo "warm-up (not counted): empty ${w} s, app ${w2} s; $(ls target/payara-cds.jsa 2>/dev/null || echo 'no CDS archive')"
empty=() fresh=() restart=()
for i in $(seq 1 "$runs"); do
  e=$(empty_once); empty+=("$e"); keep_log empty "$i"
  f=$(app_once "$work/app-$i"); fresh+=("$f"); keep_log app "$i-first"
  r=$(app_once "$work/app-$i"); restart+=("$r"); keep_log app "$i-restart"
  echo "run $i: empty ${e} s, app first start ${f} s, app restart ${r} s"
done
echo "load after:  $(uptime)"
me=$(printf '%s\n' "${empty[@]}" | median)
mf=$(printf '%s\n' "${fresh[@]}" | median)
mr=$(printf '%s\n' "${restart[@]}" | median)
echo "median: empty Payara Micro ${me} s; app first start ${mf} s ($(awk -v a="$mf" -v b="$me" 'BEGIN { printf "%.1f", a / b }')x);" \
  "app restart ${mr} s ($(awk -v a="$mr" -v b="$me" 'BEGIN { printf "%.1f", a / b }')x)"
