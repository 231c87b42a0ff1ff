# Sourced by the benchmark scripts: the CPU the server and MariaDB spend on a load command's requests.
# Needs SERVER_PID and DB_PID (found here) and WORK (the results folder).
SERVER_PID=$(pgrep -f 'jboss-modules.jar' | head -1)
DB_PID=$(pgrep -x mariadbd | head -1)
[ -n "$SERVER_PID" ] || { echo "no running server (jboss-modules.jar)" >&2; exit 1; }
[ -n "$DB_PID" ] || { echo "no mariadbd running" >&2; exit 1; }

source "$(dirname "${BASH_SOURCE[0]}")/cpu.sh"

# Runs a load command that prints a RESULT line and prints that line, prefixed with the time and LABEL, with the CPU
# the server and MariaDB spent per request the server got ("sent=" when the line has it, the client's warm-up
# included; else "requests="), and appends it to RESULTS (a file under WORK).
with_cpu() { # LABEL RESULTS COMMAND...
    local label=$1 results=$2
    shift 2
    local server0 db0 result served server_ms db_ms
    server0=$(cpu "$SERVER_PID"); db0=$(cpu "$DB_PID")
    result=$("$@" | grep '^RESULT')
    served=$(grep -o ' sent=[0-9]*' <<< "$result" || grep -o ' requests=[0-9]*' <<< "$result")
    served=$(( ${served#*=} > 0 ? ${served#*=} : 1 ))
    server_ms=$(echo "($(cpu "$SERVER_PID") - $server0) * 1000 / $served" | bc -l)
    db_ms=$(echo "($(cpu "$DB_PID") - $db0) * 1000 / $served" | bc -l)
    printf '%s %s%s server_cpu_ms=%.2f db_cpu_ms=%.2f\n' "$(date -u +%FT%TZ)" "$label" "$result" "$server_ms" "$db_ms" \
        | tee -a "$WORK/$results"
}
