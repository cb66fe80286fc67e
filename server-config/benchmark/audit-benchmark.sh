#!/usr/bin/env bash
# G3 (issue 11): audited writes and audit verification, each with its yardstick in the same run, printing the ratios.
#
#   bash server-config/benchmark/audit-benchmark.sh [JDBC_URL] [USER] [PASSWORD] [EVENTS] [THREADS] [SECONDS] [RUNS]
#
#   audited ÷ plain      single-row insert + commit at THREADS threads, with and without the audit event
#                        (the sequencer sealing in the background as in the server)       target ≥ 0.7
#   verification ÷ scan  full verification of EVENTS events vs reading the same rows       target ≥ 0.3
#
# The database name must contain "bench": its schema is dropped and re-created (Flyway clean + migrate). It never
# touches an application's database, data directory or key files, and it does not start or stop any server.
# Not part of mvn verify or CI. Create the database once, e.g.:
#   su postgres -c "createdb -O icm_audit icm_audit_bench"
set -euo pipefail
cd "$(dirname "$0")/../.."

url="${1:-jdbc:postgresql://127.0.0.1:5432/icm_audit_bench}"
user="${2:-icm_audit}"
password="${3:-icm_audit}"
case "$url" in
  *bench*) ;;
  *) echo "refusing: the database name in $url must contain 'bench' (its schema is dropped)" >&2; exit 2 ;;
esac

mvn -B -ntp -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
  -Dmdep.includeScope=test
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); cores: $(nproc); $(free -g | awk '/Mem:/ {print $2 " GiB RAM"}')"
echo "java: $(java -version 2>&1 | head -1)"
echo "load before: $(uptime)"
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  nz.integrity.audit.AuditTrailBenchmark "$url" "$user" "$password" "${4:-1000000}" "${5:-8}" "${6:-20}" "${7:-3}"
echo "load after:  $(uptime)"
