#!/usr/bin/env bash
# Boot-to-ready of the README run command against an empty Payara Micro, measured back to back in one run
# (issue 11, item 5: the application's median must stay within 3x the empty server's).
#
#   bash server-config/benchmark/boot-benchmark.sh [RUNS] [PORT] [OTHER_CHECKOUT]    # defaults: 3, 18480, none
#
# Needs target/app.war and target/payara-micro.jar (mvn -B -ntp package -DskipTests). OTHER_CHECKOUT, a second
# built checkout (e.g. `git worktree add` of the commit before a change, then its own package), is measured the
# same way in the same rounds, for a before/after comparison under the same load.
# Each start gets its own fresh temporary directory (Payara runtime directory, H2 database, audit keys, recovery
# token), claimed with runtime-dir.sh's lock, so no running instance's files are touched; all of it is deleted
# at the end.
#   empty: java -Xmx512m -jar payara-micro.jar (the same jar from ~/.m2), no WAR; ready = first HTTP answer.
#   app:   server-config/run.sh with SKIP_BUILD=true on a new embedded H2 database (migrations, demo data
#          seeded); ready = the line run.sh prints once /health/ready answered 200.
#   app restart: run.sh again on the database the previous app run left (no migrations, no seeding).
# run.sh's class data sharing is on as it is for anyone (CDS=false in the environment turns it off).
# Rounds alternate (empty, app, app restart, [other, other restart], empty, ...) so a change in the machine's
# load hits every side alike. Two figures per start: wall seconds from starting the process to readiness (polled
# every 0.1 s), and CPU seconds (user + system) its processes had used by then, which depends much less on what
# else the machine runs. Medians and ratios to the empty server are printed for both.
set -euo pipefail
cd "$(dirname "$0")/../.."
source server-config/runtime-dir.sh

runs="${1:-3}"
port="${2:-18480}"
other="${3:-}"
payara_version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml)
empty_jar="$HOME/.m2/repository/fish/payara/extras/payara-micro/$payara_version/payara-micro-$payara_version.jar"
for checkout in . $other; do
  for f in "$checkout/target/app.war" "$checkout/target/payara-micro.jar" "$empty_jar"; do
    [ -f "$f" ] || { echo "missing $f: run mvn -B -ntp package -DskipTests first" >&2; exit 1; }
  done
  cmp -s "$empty_jar" "$checkout/target/payara-micro.jar" \
    || { echo "$checkout/target/payara-micro.jar is not $empty_jar" >&2; exit 1; }
done

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

# CPU seconds (user + system) used so far by the live processes of process group $1.
cpu_of_group() {
  local tick
  tick=$(getconf CLK_TCK)
  ps -o pid= --sid "$1" | while read -r p; do cat "/proc/$p/stat" 2>/dev/null || true; done \
    | awk -v t="$tick" '{ sub(/^.*\) /, ""); s += $12 + $13 } END { printf "%.1f", s / t }'
}

# measure NAME READY_TEST COMMAND...: starts COMMAND in its own process group; prints "WALL CPU" seconds once
# READY_TEST passes, then stops it. Runs in a command substitution (a subshell without the EXIT trap), so it stops
# what it started itself.
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
      echo "$(awk -v s="$start" -v e="$(now)" 'BEGIN { printf "%.2f", e - s }') $(cpu_of_group "$pid")"
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

# app_once CHECKOUT DIR: CHECKOUT's run.sh on the H2 database, audit keys and recovery token in DIR (created on
# first use).
app_once() {
  local checkout="$1" dir="$2"
  mkdir -p "$dir"
  measure app "grep -q 'is ready at' '$work/app.log'" env SKIP_BUILD=true PORT="$port" PAYARA_ROOT="$dir/payara-root" \
    DB_URL="jdbc:h2:file:$dir/data/integrity;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    APP_AUDIT_KEY_DIR="$dir/data/audit-keys" APP_RECOVERY_TOKEN_FILE="$dir/data/recovery-token" \
    bash "$checkout/server-config/run.sh"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

echo "date: $(date -u '+%Y-%m-%d %H:%M:%S UTC'); cores: $(nproc); $(java -version 2>&1 | head -1)"
echo "load before: $(uptime)"
# Not counted: one start of each, so every jar is in the page cache and each run.sh has recorded its class data
# sharing archive (target/payara-cds.jsa) if it had none; the counted starts are the later starts of a checkout.
subjects=(app)
[ -n "$other" ] && subjects+=(other)
checkout_of() { if [ "$1" = app ]; then echo .; else echo "$other"; fi; }
w=$(empty_once); keep_log empty warmup
line="warm-up (not counted, wall/CPU s): empty $w"
for s in "${subjects[@]}"; do
  w=$(app_once "$(checkout_of "$s")" "$work/$s-warmup"); keep_log app "$s-warmup"
  line="$line; $s $w"
done
echo "$line"

declare -A results
for i in $(seq 1 "$runs"); do
  e=$(empty_once); keep_log empty "$i"; results[empty]+="$e,"
  line="run $i (wall/CPU s): empty $e"
  for s in "${subjects[@]}"; do
    f=$(app_once "$(checkout_of "$s")" "$work/$s-$i"); keep_log app "$s-$i-first"; results[$s-first]+="$f,"
    r=$(app_once "$(checkout_of "$s")" "$work/$s-$i"); keep_log app "$s-$i-restart"; results[$s-restart]+="$r,"
    line="$line; $s first start $f, restart $r"
  done
  echo "$line"
done
echo "load after:  $(uptime)"

column() { tr ',' '\n' <<<"${results[$1]}" | grep . | awk -v c="$2" '{ print $c }' | median; }
ew=$(column empty 1) ec=$(column empty 2)
echo "median empty Payara Micro: ${ew} s wall, ${ec} s CPU"
for s in "${subjects[@]}"; do
  for kind in first restart; do  # first = first start on a new database
    w=$(column "$s-$kind" 1) c=$(column "$s-$kind" 2)
    echo "median $s $kind: ${w} s wall ($(ratio "$w" "$ew")x empty), ${c} s CPU ($(ratio "$c" "$ec")x empty)"
  done
done
[ -n "$other" ] && echo "(other = $other)"
exit 0
