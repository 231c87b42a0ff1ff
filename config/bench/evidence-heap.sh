#!/usr/bin/env bash
# The server's heap and resident memory while evidence streams in and out: CLIENTS owners upload one SIZE-byte file each, all at once;
# then support downloads them, CLIENTS at a time, ROUNDS times. Samples the server's used heap (young, survivor and
# old generations, from jstat) every 100 ms and prints, per phase, the heap before it and the highest sample during
# it: the used heap (garbage not yet collected included, so it climbs towards the maximum before each collection) and
# the old generation (what outlived young collections: buffers held across a request), with the full collections
# during the phase; and the process's resident set (RSS, from /proc: heap, metaspace, code, thread stacks and direct
# buffers together) before the phase, at its peak and a second after it. Against a running server that accepts the development tokens (./mvnw -Prun, on MariaDB: -Dlifeline.db=mariadb
# with the MARIADB_* variables).
#
#   config/bench/evidence-heap.sh [CLIENTS] [SIZE] [ROUNDS]     (20 10000000 3)
#
# Results: stdout and target/bench/evidence-heap.tsv.
set -euo pipefail
cd "$(dirname "$0")/../.."
CLIENTS=${1:-20}
SIZE=${2:-10000000}
ROUNDS=${3:-3}
BASE=${LIFELINE_BENCH_URL:-http://localhost:8080}
WORK=target/bench
mkdir -p "$WORK"
SERVER_PID=$(pgrep -f 'jboss-modules.jar' | head -1)
[ -n "$SERVER_PID" ] || { echo "no running server (jboss-modules.jar)" >&2; exit 1; }
javac -d "$WORK" config/dev/DevToken.java config/bench/EvidenceLoad.java

SAMPLES="$WORK/evidence-heap.samples"
# one line per sample: epoch milliseconds, used heap in MB, old generation in MB, full collections so far
jstat -gc "$SERVER_PID" 100 | awk '
    NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
    { cmd = "date +%s%3N"; cmd | getline now; close(cmd)
      printf "%s %.1f %.1f %d\n", now, ($col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]) / 1024,
          $col["OU"] / 1024, $col["FGC"]; fflush() }' > "$SAMPLES" &
SAMPLER=$!
RSS_SAMPLES="$WORK/evidence-heap.rss"
# one line per sample: epoch milliseconds, resident set in MB
while sleep 0.1; do
    echo "$(date +%s%3N) $(awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$SERVER_PID/status")"
done > "$RSS_SAMPLES" &
RSS_SAMPLER=$!
# jstat is a JVM, which ignores SIGPIPE: stop it by name as well, or it outlives the script
stop_sampler() {
    kill $SAMPLER $RSS_SAMPLER 2>/dev/null || true
    pkill -f "jstat -gc $SERVER_PID" 2>/dev/null || true
}
trap stop_sampler EXIT
sleep 1

EVENTS="$WORK/evidence-heap.events"
java -cp "$WORK" EvidenceLoad "$BASE" "$CLIENTS" "$SIZE" "$ROUNDS" | while read -r line; do
    echo "$(date +%s%3N) $line"
done | tee "$EVENTS"
sleep 2
stop_sampler

max_heap=$(jcmd "$SERVER_PID" VM.flags 2>/dev/null | grep -o -- '-XX:MaxHeapSize=[0-9]*' | cut -d= -f2)
for phase in upload download; do
    from=$(awk -v p="$phase" '$2 == "PHASE" && $3 == p && $4 == "start" { print $1 }' "$EVENTS")
    to=$(awk -v p="$phase" '$2 == "PHASE" && $3 == p && $4 == "end" { print $1 }' "$EVENTS")
    before=$(awk -v t="$from" '$1 <= t { last = $2 } END { print last }' "$SAMPLES")
    peak=$(awk -v f="$from" -v t="$to" '$1 >= f && $1 <= t && $2 > max { max = $2 } END { print max }' "$SAMPLES")
    old=$(awk -v f="$from" -v t="$to" '$1 >= f && $1 <= t && $3 > max { max = $3 } END { print max }' "$SAMPLES")
    full=$(awk -v f="$from" -v t="$to" '$1 >= f && $1 <= t { if (first == "") first = $4; last = $4 }
        END { print last - first }' "$SAMPLES")
    printf '%s phase=%s clients=%s size=%s rounds=%s heap_before_mb=%s heap_peak_mb=%s old_gen_peak_mb=%s' \
        "$(date -u +%FT%TZ)" "$phase" "$CLIENTS" "$SIZE" "$ROUNDS" "$before" "$peak" "$old" | tee -a "$WORK/evidence-heap.tsv"
    rss_before=$(awk -v t="$from" '$1 <= t { last = $2 } END { print last }' "$RSS_SAMPLES")
    rss_peak=$(awk -v f="$from" -v t="$to" '$1 >= f && $1 <= t && $2 > max { max = $2 } END { print max }' "$RSS_SAMPLES")
    rss_after=$(awk -v t="$((to + 1000))" '$1 <= t { last = $2 } END { print last }' "$RSS_SAMPLES")
    printf ' full_gcs=%s heap_max_mb=%s rss_before_mb=%s rss_peak_mb=%s rss_after_mb=%s\n' "$full" \
        "$((max_heap / 1048576))" "$rss_before" "$rss_peak" "$rss_after" | tee -a "$WORK/evidence-heap.tsv"
done
