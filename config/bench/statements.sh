#!/usr/bin/env bash
# Statements the database runs per second-factor verification of a known account (POST
# /api/v1/accounts/{id}/verifications with a right TOTP code): MariaDB's Com_select, Com_insert, Com_update,
# Com_commit and the rest, read from SHOW GLOBAL STATUS around N verifications, divided by N. Needs the run server
# on MariaDB (./mvnw -Prun -Dlifeline.db=mariadb with the MARIADB_* variables) and the mariadb client; background
# work (the outbox sender every 5 s) adds a little noise, so use a quiet server.
#
#   config/bench/statements.sh [ACCOUNTS]       (1000 by default)
set -euo pipefail
cd "$(dirname "$0")/../.."
ACCOUNTS=${1:-1000}
BASE=${LIFELINE_BENCH_URL:-http://localhost:8080}
DB=(mariadb -h "${MARIADB_HOST:-127.0.0.1}" -P "${MARIADB_PORT:-3306}" -u root -N -B)
STATE=$(mktemp)
trap 'rm -f "$STATE"' EXIT
javac -d target/bench config/dev/DevToken.java config/bench/VerificationLoad.java
java -cp target/bench VerificationLoad prepare "$BASE" "$ACCOUNTS" "$STATE"
# The verifications must stay in one 30-second step (the codes were made for it): wait for a fresh one.
sleep $(( 31 - $(date +%s) % 30 ))
"${DB[@]}" -e "SHOW GLOBAL STATUS LIKE 'Com\_%'" > "$STATE.before"
java -cp target/bench VerificationLoad verify "$BASE" "$STATE"
"${DB[@]}" -e "SHOW GLOBAL STATUS LIKE 'Com\_%'" > "$STATE.after"
join "$STATE.before" "$STATE.after" | awk -v n="$ACCOUNTS" '$3 - $2 > 0 {printf "%-24s %8d  %6.2f per verification\n", $1, $3 - $2, ($3 - $2) / n}'
rm -f "$STATE.before" "$STATE.after"
