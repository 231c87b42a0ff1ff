#!/usr/bin/env bash
# What slow and idle clients do to everyone else (SlowClients.java): HONEST threads read their owner's security
# status for SECONDS alone, then again while SLOW connections send a POST body (no token, Content-Length: 5000) a
# byte a second and IDLE connections say nothing. Prints a RESULT line per phase (requests, failures, p50, p99, the
# slowest) and one for the attackers (how many the server closed), then a VERDICT: fail when an honest request
# failed or the p99 under attack passed both 100 ms and 1.5 x the baseline p99 + 20 ms. Against a running server
# that accepts the development tokens
# (./mvnw -Prun; LIFELINE_BENCH_URL, default http://localhost:8080).
#
#   config/faults/slow-clients.sh [SLOW] [IDLE] [SECONDS] [HONEST]      (100 2000 20 4)
#
# Results: stdout and target/faults/slow-clients.tsv.
set -euo pipefail
cd "$(dirname "$0")/../.."
SLOW=${1:-100}
IDLE=${2:-2000}
SECONDS_EACH=${3:-20}
HONEST=${4:-4}
BASE=${LIFELINE_BENCH_URL:-http://localhost:8080}
WORK=target/faults
mkdir -p "$WORK"
javac -d "$WORK" config/dev/DevToken.java config/faults/SlowClients.java
set +e
java -cp "$WORK" SlowClients "$BASE" "$SLOW" "$IDLE" "$SECONDS_EACH" "$HONEST" | tee "$WORK/slow-clients.out"
STATUS=${PIPESTATUS[0]}
set -e
printf '%s slow=%s idle=%s seconds=%s honest=%s %s\n' "$(date -u +%FT%TZ)" "$SLOW" "$IDLE" "$SECONDS_EACH" "$HONEST" \
    "$(grep -E '^(RESULT|VERDICT)' "$WORK/slow-clients.out" | cut -d' ' -f2- | tr '\n' ' ')" >> "$WORK/slow-clients.tsv"
exit "$STATUS"
