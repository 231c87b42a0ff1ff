#!/usr/bin/env bash
# Second-factor verifications under load: throughput, latency percentiles, errors, and the CPU the server and MariaDB
# spent per verification. Against a running development server on MariaDB (./mvnw -Prun -Dlifeline.db=mariadb with
# the MARIADB_* variables; the data loader exists only there), with wrk (Debian package wrk) and python3.
#
#   config/bench/verify.sh [ACCOUNTS] [CONCURRENCIES] [SECONDS] [WARMUP]     (30000 "8 32 64" 30 120)
#
# It enrolls ACCOUNTS accounts through the development loader (real sealed secrets, ten recovery codes each), warms
# the server up for WARMUP seconds, then for each concurrency runs wrk for SECONDS with right codes (each account and
# 30-second step used once: ACCOUNTS must be at least 30 times the rate), with wrong codes, and with right recovery
# codes (recovery.lua: each of the loader's ten codes an account spent once, over all runs on these accounts: ACCOUNTS
# times ten must exceed the recovery runs' requests). Each run starts at a step's beginning. Results: one line per
# run on stdout and in target/bench/verify-results.tsv.
# BENCH_OPEN_RATES="500 1000" adds open-loop runs of right codes at those offered rates after the closed-loop ones
# (FixedRateLoad.java: requests start on time whatever the server's pace, at most 256 in flight, after 20 s of the
# client's own warm-up; latencies count from when each request was due).
# BENCH_REUSE=1 skips the loading and takes the accounts of the previous run (target/bench/secrets) again: a later
# pass over the same server and data, since every run uses steps that have not been used yet (accounts that collected
# wrong codes in earlier passes may meet their failure budget: a few 429s in a right-code run).
set -euo pipefail
cd "$(dirname "$0")/../.."
ACCOUNTS=${1:-30000}
CONCURRENCIES=${2-"8 32 64"}
SECONDS_PER_RUN=${3:-30}
WARMUP=${4:-120}
BASE=${LIFELINE_BENCH_URL:-http://localhost:8080}
THREADS=2
WORK=target/bench
mkdir -p "$WORK"
source config/bench/measure.sh
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

token() { java config/dev/DevToken.java "$1" "$2"; }
ADMIN=$(token bench-admin admin)
SERVICE=$(token bench-backend service)
PREFIX="b$(date +%s | tail -c 7)"

if [ "${BENCH_REUSE:-0}" = 1 ] && [ -s "$WORK/secrets" ]; then
    echo "reusing the $(wc -l < "$WORK/secrets") accounts of the previous run"
else
    echo "loading $ACCOUNTS enrolled accounts ($PREFIX-*), four batches of 250 at a time"
    rm -f "$WORK"/secrets.* "$WORK/recovery-spent"
    started=$(date +%s%N)
    for (( first = 0; first < ACCOUNTS; first += 250 )); do
        echo "$first $(( ACCOUNTS - first < 250 ? ACCOUNTS - first : 250 ))"
    done | xargs -P 4 -L 1 sh -c 'curl -sf -X POST -H "Authorization: Bearer $0" \
        "$1/api/v1/dev/benchmark-accounts?prefix=$2&first=$4&count=$5" > "$3/secrets.$4"' "$ADMIN" "$BASE" "$PREFIX" "$WORK"
    cat "$WORK"/secrets.* > "$WORK/secrets"
    [ "$(wc -l < "$WORK/secrets")" -eq "$ACCOUNTS" ] || { echo "the loader made $(wc -l < "$WORK/secrets") accounts" >&2; exit 1; }
    echo "loaded in $(( ($(date +%s%N) - started) / 1000000 )) ms"
fi

# Waits for the start of the next 30-second step, so a run's accounts are fresh in every step it covers.
next_step() { sleep $(( 30 - $(date +%s) % 30 )); }

# Runs a load command that prints a RESULT line from the next step's start with a fresh code table (CODE_SECONDS
# ahead), with the CPU per request (measure.sh).
measure() { # LABEL CODE_SECONDS COMMAND...
    local label=$1
    python3 config/bench/codes.py "$WORK/secrets" "$WORK/codes" "$2"
    shift 2
    next_step
    with_cpu "$label" verify-results.tsv "$@"
}

run() { # MODE CONCURRENCY SECONDS
    measure "c=$2 " $(( $3 + 60 )) env BENCH_CODES="$WORK/codes" BENCH_THREADS=$THREADS BENCH_TOKEN="$SERVICE" \
        BENCH_MODE="$1" wrk -t$THREADS -c"$2" -d"$3"s --latency -s config/bench/verify.lua "$BASE"
}

# Right recovery codes, none spent before: the run starts at the first code no earlier run on these accounts handed
# out (recovery.lua's next_code=, the furthest any wrk thread got, kept in recovery-spent).
recovery_run() { # CONCURRENCY SECONDS
    local from line
    from=$(cat "$WORK/recovery-spent" 2>/dev/null || echo 0)
    line=$(measure "c=$1 " 0 env BENCH_SECRETS="$WORK/secrets" BENCH_FROM="$from" BENCH_THREADS=$THREADS \
        BENCH_TOKEN="$SERVICE" wrk -t$THREADS -c"$1" -d"$2"s --latency -s config/bench/recovery.lua "$BASE")
    echo "$line"
    line=$(grep -o ' next_code=[0-9]*' <<< "$line") || { echo "the recovery run printed no next_code=" >&2; exit 1; }
    echo "${line#*=}" > "$WORK/recovery-spent"
}

open_run() { # RATE SECONDS
    measure "" $(( $2 + 80 )) \
        java config/bench/FixedRateLoad.java "$BASE" "$SERVICE" "$1" "$2" 20 256 totp "$WORK/codes"
}

echo "warming up for $WARMUP s"
run ok 32 "$WARMUP" > /dev/null
for c in $CONCURRENCIES; do
    run ok "$c" "$SECONDS_PER_RUN"
    run bad "$c" "$SECONDS_PER_RUN"
    recovery_run "$c" "$SECONDS_PER_RUN"
done
for rate in ${BENCH_OPEN_RATES:-}; do
    open_run "$rate" "$SECONDS_PER_RUN"
done
