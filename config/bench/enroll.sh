#!/usr/bin/env bash
# Enrollment under load: enroll a fresh account and confirm it with its first code (ten recovery codes issued), in a
# closed loop at each concurrency, with throughput, latency percentiles, errors and the CPU the server and MariaDB
# spent per enrollment. Against a running server on MariaDB that accepts the development tokens (./mvnw -Prun
# -Dlifeline.db=mariadb with the MARIADB_* variables).
#
#   config/bench/enroll.sh [CONCURRENCIES] [SECONDS] [WARMUP] [ACCOUNTS]     ("16" 30 60 30000)
#
# Each concurrency gets its own WARMUP seconds (not counted), then SECONDS counted; ACCOUNTS user tokens are minted
# per concurrency before its clock starts (VerificationLoad.java enroll). A run that prints exhausted= above 0 ran out
# of accounts: give more. Results: one line per run on stdout and in target/bench/enroll-results.tsv.
set -euo pipefail
cd "$(dirname "$0")/../.."
CONCURRENCIES=${1:-16}
SECONDS_PER_RUN=${2:-30}
WARMUP=${3:-60}
ACCOUNTS=${4:-30000}
BASE=${LIFELINE_BENCH_URL:-http://localhost:8080}
WORK=target/bench
mkdir -p "$WORK"
source config/bench/measure.sh
javac -d "$WORK" config/dev/DevToken.java config/bench/VerificationLoad.java
for c in $CONCURRENCIES; do
    with_cpu "c=$c " enroll-results.tsv \
        java -cp "$WORK" VerificationLoad enroll "$BASE" "$c" "$SECONDS_PER_RUN" "$WARMUP" "$ACCOUNTS"
done
