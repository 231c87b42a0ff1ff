#!/usr/bin/env bash
# Benchmark: the time of a failed recovery-code check under load (target: p95 under 50 ms).
# Needs a running server (the README's run command). Start it with the lock limits raised, or the failure budget
# answers 429 without checking anything after five tries per account:
#   LIFELINE_LOCK_THRESHOLD=1000000 LIFELINE_LOCK_DAILY_FAILURE_LIMIT=1000000 ./mvnw -Prun
#
#   config/bench/failed-recovery-code.sh rate RATE_PER_SECOND [SECONDS]   open loop: RATE requests a second, at most
#                                                                           50 in flight (FixedRateLoad.java)
#   config/bench/failed-recovery-code.sh wrk [SECONDS] [CONNECTIONS]       closed loop: wrk with 50 connections,
#                                                                           each sending as soon as answered
set -euo pipefail
cd "$(dirname "$0")/../.."
MODE=${1:-rate}
BASE=${LIFELINE_BENCH_URL:-http://localhost:8080}
ACCOUNTS=200
export LIFELINE_BENCH_TOKEN=$(java config/dev/DevToken.java bench-backend service --ttl 3600)
export LIFELINE_BENCH_PREFIX=bench-$RANDOM
export LIFELINE_BENCH_ACCOUNTS=$ACCOUNTS
for i in $(seq 0 $((ACCOUNTS - 1))); do
    curl -sf -o /dev/null -X PUT -H "Authorization: Bearer $LIFELINE_BENCH_TOKEN" -H 'Content-Type: application/json' \
        -d '{"riskTier":"STANDARD"}' "$BASE/api/v1/accounts/$LIFELINE_BENCH_PREFIX-$i"
done
case "$MODE" in
    rate)
        RATE=${2:-100}
        SECONDS_TO_RUN=${3:-30}
        # 10 s of warm-up at the same rate, then the measured run.
        java config/bench/FixedRateLoad.java "$BASE" "$LIFELINE_BENCH_TOKEN" "$RATE" "$SECONDS_TO_RUN" 10 50 \
            recovery "$LIFELINE_BENCH_PREFIX" $ACCOUNTS
        ;;
    wrk)
        SECONDS_TO_RUN=${2:-30}
        CONNECTIONS=${3:-50}
        wrk -t2 -c"$CONNECTIONS" -d10s -s config/bench/failed-recovery-code.lua "$BASE" >/dev/null
        wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_TO_RUN}s" -s config/bench/failed-recovery-code.lua "$BASE" | tail -2
        ;;
    *)
        echo "usage: $0 rate RATE_PER_SECOND [SECONDS] | wrk [SECONDS] [CONNECTIONS]" >&2
        exit 2
        ;;
esac
