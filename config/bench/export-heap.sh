#!/usr/bin/env bash
# The server's heap while the audit trail is exported: loads ACCOUNTS enrolled accounts through the development
# server's loader (a few trail entries each), then exports the whole trail (GET /api/v1/audit-log/events, NDJSON and
# then CSV) while jstat samples the server's used heap and old generation every 100 ms. Prints, per format, the
# entries and bytes exported, the seconds, the heap before and at its highest, and the old generation's highest.
# Against a running development server (./mvnw -Prun, on MariaDB: -Dlifeline.db=mariadb with the MARIADB_* variables).
#
#   config/bench/export-heap.sh [ACCOUNTS]      (35000)
#
# Results: stdout and target/bench/export-heap.tsv.
set -euo pipefail
cd "$(dirname "$0")/../.."
ACCOUNTS=${1:-35000}
BASE=${LIFELINE_BENCH_URL:-http://localhost:8080}
WORK=target/bench
mkdir -p "$WORK"
SERVER_PID=$(pgrep -f 'jboss-modules.jar' | head -1)
[ -n "$SERVER_PID" ] || { echo "no running server (jboss-modules.jar)" >&2; exit 1; }
ADMIN=$(java config/dev/DevToken.java bench-admin admin)
AUDITOR=$(java config/dev/DevToken.java bench-auditor auditor)

PREFIX="export-$(date +%s)"
for ((first = 0; first < ACCOUNTS; first += 500)); do
    count=$((ACCOUNTS - first < 500 ? ACCOUNTS - first : 500))
    curl -fs -o /dev/null -X POST -H "Authorization: Bearer $ADMIN" \
        "$BASE/api/v1/dev/benchmark-accounts?prefix=$PREFIX&first=$first&count=$count"
done

SAMPLES="$WORK/export-heap.samples"
jstat -gc "$SERVER_PID" 100 | awk '
    NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
    { cmd = "date +%s%3N"; cmd | getline now; close(cmd)
      printf "%s %.1f %.1f\n", now, ($col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]) / 1024, $col["OU"] / 1024
      fflush() }' > "$SAMPLES" &
SAMPLER=$!
# jstat is a JVM, which ignores SIGPIPE: stop it by name as well, or it outlives the script
stop_sampler() { kill $SAMPLER 2>/dev/null || true; pkill -f "jstat -gc $SERVER_PID" 2>/dev/null || true; }
trap stop_sampler EXIT
sleep 1

for format in application/x-ndjson text/csv; do
    from=$(date +%s%3N)
    curl -fs -H "Authorization: Bearer $AUDITOR" -H "Accept: $format" "$BASE/api/v1/audit-log/events" \
        -o "$WORK/export-heap.out"
    to=$(date +%s%3N)
    lines=$(wc -l < "$WORK/export-heap.out")
    bytes=$(wc -c < "$WORK/export-heap.out")
    before=$(awk -v t="$from" '$1 <= t { last = $2 } END { print last }' "$SAMPLES")
    peak=$(awk -v f="$from" -v t="$to" '$1 >= f && $1 <= t && $2 > max { max = $2 } END { print max }' "$SAMPLES")
    old=$(awk -v f="$from" -v t="$to" '$1 >= f && $1 <= t && $3 > max { max = $3 } END { print max }' "$SAMPLES")
    printf '%s format=%s lines=%s bytes=%s seconds=%s heap_before_mb=%s heap_peak_mb=%s old_gen_peak_mb=%s\n' \
        "$(date -u +%FT%TZ)" "$format" "$lines" "$bytes" "$(awk -v a="$from" -v b="$to" 'BEGIN { printf "%.1f", (b - a) / 1000 }')" \
        "$before" "$peak" "$old" | tee -a "$WORK/export-heap.tsv"
done
