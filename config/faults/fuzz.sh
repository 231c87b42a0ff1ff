#!/usr/bin/env bash
# Fuzzes every operation of the served OpenAPI document (Fuzz.java: seeded, REQUESTS requests from CLIENTS threads)
# against a running server that accepts the development tokens (./mvnw -Prun, on MariaDB: -Dlifeline.db=mariadb with
# the MARIADB_* variables), then counts the ERROR and SEVERE lines the server logged meanwhile (SERVER_LOG, the run
# server's by default). Fails on any 5xx, any error answer under /api/v1 that is not application/problem+json, any
# stack trace or class name in an answer, and any ERROR or SEVERE line.
#
#   config/faults/fuzz.sh [REQUESTS] [CLIENTS] [SEED]      (10000 8 1; LIFELINE_BENCH_URL, default http://localhost:8080)
set -euo pipefail
cd "$(dirname "$0")/../.."
REQUESTS=${1:-10000}
CLIENTS=${2:-8}
SEED=${3:-1}
BASE=${LIFELINE_BENCH_URL:-http://localhost:8080}
LOG=${SERVER_LOG:-ear/target/run-server/standalone/log/server.log}
WORK=target/faults
mkdir -p "$WORK"
javac -d "$WORK" config/dev/DevToken.java config/faults/Fuzz.java
BEFORE=$( [ -f "$LOG" ] && wc -l < "$LOG" || echo 0)
VERDICT=0
java -cp "$WORK" Fuzz "$BASE" "$REQUESTS" "$CLIENTS" "$SEED" > "$WORK/fuzz.out" || VERDICT=$?
grep -E '^(RESULT|VERDICT)' "$WORK/fuzz.out"
if [ -f "$LOG" ]; then
    LOGGED=$(tail -n +"$((BEFORE + 1))" "$LOG" | grep -cE '^[0-9-]+ [0-9:,]+ (ERROR|SEVERE) ' || true)
    echo "RESULT server_log_error_lines=$LOGGED"
    [ "$LOGGED" = 0 ] || VERDICT=1
fi
printf '%s requests=%s clients=%s seed=%s %s\n' "$(date -u +%FT%TZ)" "$REQUESTS" "$CLIENTS" "$SEED" \
    "$(grep -E '^(RESULT requests|RESULT failures|VERDICT)' "$WORK/fuzz.out" | cut -d' ' -f2- | tr '\n' ' ')" \
    >> "$WORK/fuzz.tsv"
exit "$VERDICT"
