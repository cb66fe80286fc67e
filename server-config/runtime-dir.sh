# Sourced by the scripts that start Payara Micro. A runtime directory belongs to the one server started on it:
# claim_runtime_dir takes an exclusive lock on DIR.lock (file descriptor 9), which the server inherits and holds
# until it exits, and only then empties DIR. A second start or a tool pointed at the same directory stops with a
# message instead of deleting a live instance's files (issue 9, item 12).
claim_runtime_dir() {
  local dir="$1"
  mkdir -p "$(dirname "$dir")"
  exec 9>"$dir.lock"
  if ! flock -n 9; then
    echo "$dir belongs to a running Payara Micro (lock $dir.lock is held); stop it or use another directory (PAYARA_ROOT)" >&2
    exit 75
  fi
  # A fresh runtime directory each start: a stale one keeps old deployments and settings.
  rm -rf "$dir"
  mkdir -p "$dir"
}
