#!/usr/bin/env bash
# Lockout recovery on the server itself, for when no administrator can sign in (docs/operations.md).
#
#   server-config/recover.sh unlock <username> --reason "why" [--operator name]
#
# Reads the recovery token the running application wrote (APP_RECOVERY_TOKEN_FILE, default ./data/recovery-token,
# readable only by the application's user) and asks the application, on the loopback address, to unlock the account
# through its own audited code path (event ACCOUNT_UNLOCKED by operator:<name>, channel "server recovery command").
# PORT (default 8080) or APP_URL (default http://127.0.0.1:$PORT, with the context path if not /) say where.
set -euo pipefail

usage() {
  echo "usage: $0 unlock <username> --reason \"why\" [--operator name]" >&2
  exit 2
}

[[ $# -ge 2 && "$1" == "unlock" ]] || usage
username="$2"
shift 2
reason=""
operator="${SUDO_USER:-${USER:-$(id -un)}}"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --reason) [[ $# -ge 2 ]] || usage; reason="$2"; shift 2 ;;
    --operator) [[ $# -ge 2 ]] || usage; operator="$2"; shift 2 ;;
    *) usage ;;
  esac
done
[[ -n "$reason" ]] || { echo "A reason is required (--reason), it goes into the audit trail." >&2; exit 2; }

token_file="${APP_RECOVERY_TOKEN_FILE:-./data/recovery-token}"
[[ -r "$token_file" ]] || { echo "Cannot read $token_file: run this as the application's user, in its directory, while it runs." >&2; exit 1; }

status=$(curl -sS -o /dev/stderr -w '%{http_code}' -X POST \
  -H "X-Recovery-Token: $(cat "$token_file")" \
  --data-urlencode "username=$username" --data-urlencode "reason=$reason" --data-urlencode "operator=$operator" \
  "${APP_URL:-http://127.0.0.1:${PORT:-8080}}/recovery/unlock")
[[ "$status" == "200" ]]
