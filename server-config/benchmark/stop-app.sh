#!/usr/bin/env bash
# Stops the application started by start-app.sh for DBNAME (by its recorded pid).
set -euo pipefail
cd "$(dirname "$0")/../.."
pidfile="target/bench-${1:?usage: stop-app.sh DBNAME}/pid"
[ -f "$pidfile" ] || { echo "no $pidfile"; exit 0; }
pid=$(cat "$pidfile")
kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
kill -0 "$pid" 2>/dev/null && { echo "still running: $pid" >&2; exit 1; }
rm -f "$pidfile"; echo "stopped $pid"
