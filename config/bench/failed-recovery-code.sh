#!/usr/bin/env bash
# Benchmark: the time of a failed recovery-code check under 50 concurrent requests (target: p95 under 50 ms).
# Needs a running server (the README's run command) and wrk (Debian package wrk). The server must be started with
# the lock limits raised, or the failure budget would answer 429 without checking anything:
#   LIFELINE_LOCK_THRESHOLD=1000000 LIFELINE_LOCK_DAILY_FAILURE_LIMIT=1000000 ./mvnw -Prun -DskipTests wildfly:run
# Usage: config/bench/failed-recovery-code.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_TO_RUN=${1:-20}
CONNECTIONS=${2:-50}
ACCOUNTS=200
export LIFELINE_BENCH_TOKEN=$(java config/dev/DevToken.java bench-backend service --ttl 3600)
export LIFELINE_BENCH_PREFIX=bench-$RANDOM
export LIFELINE_BENCH_ACCOUNTS=$ACCOUNTS
for i in $(seq 0 $((ACCOUNTS - 1))); do
    curl -sf -o /dev/null -X PUT -H "Authorization: Bearer $LIFELINE_BENCH_TOKEN" -H 'Content-Type: application/json' \
        -d '{"riskTier":"STANDARD"}' "http://localhost:8080/api/v1/accounts/$LIFELINE_BENCH_PREFIX-$i"
done
# Warm-up, then the measured run.
wrk -t2 -c"$CONNECTIONS" -d5s -s config/bench/failed-recovery-code.lua http://localhost:8080 >/dev/null
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_TO_RUN}s" --latency -s config/bench/failed-recovery-code.lua http://localhost:8080
