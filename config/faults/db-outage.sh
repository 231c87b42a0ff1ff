#!/usr/bin/env bash
# A database outage under load: starts a private MariaDB (its own data folder under target/faults, port
# OUTAGE_DB_PORT, never the shared instance), the run server on it, and CLIENTS clients calling the API while one
# thread asks /health/ready every 250 ms; after 5 s of load stops MariaDB for DOWN_SECONDS, starts it again, and
# keeps the load going 20 s more. Expected: during the outage every API answer is quick (no hang past a few seconds)
# and a 503 problem, never a 500; health says DOWN (503) and then UP again; afterwards the server answers by itself,
# no restart, with no stale connection handed out (no 5xx after the first 200). Prints RESULT lines and a VERDICT,
# appends them to target/faults/db-outage.tsv, and exits non-zero when the verdict is a failure.
#
#   config/faults/db-outage.sh [CLIENTS] [DOWN_SECONDS]      (8 10)
#
# Needs the run server built for MariaDB once (./mvnw -Prun -Dlifeline.db=mariadb, then Ctrl-C) and MariaDB's
# server binaries (mariadbd, mariadb-install-db; Debian's mariadb-server). The script starts and stops the server
# itself (ports 8080 and 9990) and the private MariaDB (port OUTAGE_DB_PORT, 3407 by default).
set -euo pipefail
cd "$(dirname "$0")/../.."
CLIENTS=${1:-8}
DOWN_SECONDS=${2:-10}
DB_PORT=${OUTAGE_DB_PORT:-3407}
BASE=http://localhost:8080
HEALTH=http://localhost:9990/health/ready
WORK=$PWD/target/faults
DATA=$WORK/outage-mariadb
SERVER=ear/target/run-server/bin/standalone.sh
mkdir -p "$WORK"
[ -x "$SERVER" ] || { echo "build the run server first: ./mvnw -Prun -Dlifeline.db=mariadb" >&2; exit 1; }
command -v mariadbd > /dev/null || PATH=$PATH:/usr/sbin
javac -d "$WORK" config/dev/DevToken.java config/faults/OutageLoad.java

DB_PID=
SERVER_STARTED=
start_db() {
    mariadbd --no-defaults --datadir="$DATA" --port="$DB_PORT" --bind-address=127.0.0.1 \
        --socket="$WORK/outage-mariadb.sock" --pid-file="$WORK/outage-mariadb.pid" --user="$(id -un)" \
        --skip-log-bin --innodb-buffer-pool-size=64M > "$WORK/outage-mariadb-$1.log" 2>&1 &
    DB_PID=$!
    for _ in $(seq 1 60); do
        mariadb --no-defaults -h 127.0.0.1 -P "$DB_PORT" -u root -e 'SELECT 1' > /dev/null 2>&1 && return 0
        sleep 0.5
    done
    echo "the private MariaDB did not start: $WORK/outage-mariadb-$1.log" >&2
    exit 1
}
stop_db() {
    [ -n "$DB_PID" ] || return 0
    kill "$DB_PID" 2>/dev/null || true
    wait "$DB_PID" 2>/dev/null || true
    DB_PID=
}
server_jvm() { pgrep -f 'jboss-modules.jar.*run-server' | head -1; }
cleanup() {
    [ -z "$SERVER_STARTED" ] || kill "$(server_jvm)" 2>/dev/null || true
    stop_db
}
trap cleanup EXIT

rm -rf "$DATA"
mariadb-install-db --no-defaults --datadir="$DATA" --user="$(id -un)" --auth-root-authentication-method=normal \
    --skip-test-db > "$WORK/outage-mariadb-install.log" 2>&1
start_db first
mariadb --no-defaults -h 127.0.0.1 -P "$DB_PORT" -u root -e "
    CREATE DATABASE lifeline CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER 'lifeline'@'127.0.0.1' IDENTIFIED BY 'lifeline'; GRANT ALL ON lifeline.* TO 'lifeline'@'127.0.0.1';"

MARIADB_HOST=127.0.0.1 MARIADB_PORT=$DB_PORT MARIADB_DATABASE=lifeline MARIADB_USER=lifeline \
    MARIADB_PASSWORD=lifeline setsid "$SERVER" > "$WORK/outage-server.log" 2>&1 &
SERVER_STARTED=yes
for _ in $(seq 1 120); do
    curl -fs "$HEALTH" > /dev/null 2>&1 && break
    sleep 1
done
curl -fs "$HEALTH" > /dev/null || { echo "the server did not become ready" >&2; exit 1; }

LOAD_SECONDS=$((5 + DOWN_SECONDS + 20))
java -cp "$WORK" OutageLoad load "$BASE" "$HEALTH" "$CLIENTS" "$LOAD_SECONDS" "$WORK/outage-answers.txt" \
    > "$WORK/outage-load.out" &
LOAD=$!
sleep 5
DOWN_AT=$(date +%s%3N)
stop_db
sleep "$DOWN_SECONDS"
start_db second
UP_AT=$(date +%s%3N)
wait "$LOAD"
VERDICT=0
java -cp "$WORK" OutageLoad summarize "$WORK/outage-answers.txt" "$DOWN_AT" "$UP_AT" "$CLIENTS" \
    > "$WORK/outage-summary.out" || VERDICT=$?
cat "$WORK/outage-summary.out"
printf '%s clients=%s down_seconds=%s %s\n' "$(date -u +%FT%TZ)" "$CLIENTS" "$DOWN_SECONDS" \
    "$(grep -E '^(RESULT|VERDICT)' "$WORK/outage-summary.out" | cut -d' ' -f2- | tr '\n' ' ')" \
    >> "$WORK/db-outage.tsv"
exit "$VERDICT"
