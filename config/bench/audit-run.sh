#!/usr/bin/env bash
# Runs the compliance job once against a running development server and reports how long each step took (from the
# job repository's STEP_EXECUTION table, to the second) and the run's findings by type.
#   config/bench/audit-run.sh [BASE_URL]        (default http://localhost:8080)
# Connects to the server's database like generate-dataset.sh (MARIADB_HOST, MARIADB_PORT, MARIADB_DATABASE,
# MARIADB_USER, MARIADB_PASSWORD) and mints an auditor's token with config/dev/DevToken.java (development keys).
# Appends one line per step to target/bench/audit-results.tsv. Prints the CPU seconds the server (jboss-modules.jar)
# and MariaDB (mariadbd) used during the run when both run on this machine.
set -euo pipefail
base="${1:-http://localhost:8080}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
db=(mariadb --host="${MARIADB_HOST:-127.0.0.1}" --port="${MARIADB_PORT:-3306}" --user="${MARIADB_USER:-lifeline}"
    --password="${MARIADB_PASSWORD:-lifeline}" "${MARIADB_DATABASE:-lifeline}")
token="$(java "$root/config/dev/DevToken.java" auditor-1 auditor)"
headers="$(mktemp)"
trap 'rm -f "$headers"' EXIT
status=$(curl -s -o /dev/null -D "$headers" -w '%{http_code}' -X POST -H "Authorization: Bearer $token" \
    "$base/api/v1/audit-runs")
[ "$status" = 202 ] || { echo "starting a run answered $status" >&2; exit 1; }
run=$(sed -n 's#^[Ll]ocation: .*/audit-runs/\([0-9]*\).*#\1#p' "$headers")
echo "run $run started"
started=$(date +%s)
source "$root/config/bench/cpu.sh"
server_pid=$(pgrep -f 'jboss-modules.jar' | head -1 || true)
db_pid=$(pgrep -x mariadbd | head -1 || true)
server0=$(cpu "$server_pid" || true); db0=$(cpu "$db_pid" || true)
while :; do
    view=$(curl -s -H "Authorization: Bearer $token" "$base/api/v1/audit-runs/$run")
    state=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])' <<<"$view")
    case "$state" in
        COMPLETED|FAILED|STOPPED|ABANDONED) break ;;
    esac
    sleep 2
done
echo "run $run $state after $(( $(date +%s) - started )) s"
if [ -n "$server0" ] && [ -n "$db0" ]; then
    printf 'CPU during the run: server %.1f s, MariaDB %.1f s\n' "$(echo "$(cpu "$server_pid") - $server0" | bc)" \
        "$(echo "$(cpu "$db_pid") - $db0" | bc)"
fi
accounts=$("${db[@]}" -N -e "SELECT COUNT(*) FROM account")
mkdir -p "$root/target/bench"
"${db[@]}" -N -e "
    SELECT s.STEPNAME, s.BATCHSTATUS, TIMESTAMPDIFF(MICROSECOND, s.STARTTIME, s.ENDTIME) / 1e6,
           s.READCOUNT, s.WRITECOUNT
    FROM STEP_EXECUTION s WHERE s.JOBEXECUTIONID = $run ORDER BY s.STEPEXECUTIONID" |
while IFS=$'\t' read -r step stepStatus seconds read written; do
    printf '%-20s %-10s %8.1f s  read %9s  written %9s\n' "$step" "$stepStatus" "$seconds" "$read" "$written"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$accounts" "$run" "$step" "$stepStatus" \
        "$seconds" "$read" "$written" >>"$root/target/bench/audit-results.tsv"
done
python3 -c '
import json, sys
view = json.load(sys.stdin)
for kind, count in sorted(view.get("findings", {}).items()):
    print("  %-34s %9d" % (kind, count))
' <<<"$view"
