#!/usr/bin/env bash
# Nothing acknowledged is lost when the server is killed: CLIENTS threads spend recovery codes and authenticator-app
# codes of ACCOUNTS enrolled owners, and confirm the enrollments of ACCOUNTS/10 more, through the run server on
# MariaDB; after KILL_AFTER seconds of load the server's JVM gets kill -9; the server is started again, and every
# write it had acknowledged (200) must be there: each recovery code now refused as used (422), each TOTP step stored
# as used with its attempt recorded, each confirmed authenticator ACTIVE with its ten codes; nothing half-done (no
# live code set without an active authenticator, no outbox row without the audit event it tells), and the audit trail
# must verify intact. Prints RESULT lines
# (acknowledged, found, lost), appends them to target/faults/durability.tsv, and exits non-zero on any loss.
#
#   config/faults/durability.sh [ACCOUNTS] [CLIENTS] [KILL_AFTER]      (1000 8 5)
#
# Needs the run server built for MariaDB once (./mvnw -Prun -Dlifeline.db=mariadb, then Ctrl-C) and the MARIADB_*
# variables naming an empty database of its own (never a shared one: the server writes to it). The script starts,
# kills and stops that server itself (ports 8080 and 9990).
set -euo pipefail
cd "$(dirname "$0")/../.."
ACCOUNTS=${1:-1000}
CLIENTS=${2:-8}
KILL_AFTER=${3:-5}
BASE=http://localhost:8080
WORK=target/faults
SERVER=ear/target/run-server/bin/standalone.sh
mkdir -p "$WORK"
[ -x "$SERVER" ] || { echo "build the run server first: ./mvnw -Prun -Dlifeline.db=mariadb" >&2; exit 1; }
[ -n "${MARIADB_DATABASE:-}" ] || { echo "set MARIADB_* to a database of its own" >&2; exit 1; }
javac -d "$WORK" config/dev/DevToken.java config/bench/VerificationLoad.java config/faults/DurabilityLoad.java

# A webhook nobody listens on: every security event the owners are told of puts a row in the outbox, which the
# check below matches to its audit event (deliveries fail and are retried later; that is not what is measured)
export LIFELINE_NOTIFICATIONS_WEBHOOK_URL=${LIFELINE_NOTIFICATIONS_WEBHOOK_URL:-http://127.0.0.1:9/lifeline}
export LIFELINE_NOTIFICATIONS_WEBHOOK_SECRET=${LIFELINE_NOTIFICATIONS_WEBHOOK_SECRET:-durability-test-secret}
start_server() {
    setsid "$SERVER" > "$WORK/server-$1.log" 2>&1 &
    for _ in $(seq 1 120); do
        curl -fs http://localhost:9990/health/ready > /dev/null 2>&1 && return 0
        sleep 1
    done
    echo "the server did not become ready" >&2
    exit 1
}
server_jvm() { pgrep -f 'jboss-modules.jar.*run-server' | head -1; }

start_server first
java -cp "$WORK" DurabilityLoad load "$BASE" "$ACCOUNTS" "$CLIENTS" "$WORK/acked.txt" > "$WORK/load.out" &
LOAD=$!
until grep -q '^READY' "$WORK/load.out" 2>/dev/null; do sleep 0.5; done
sleep "$KILL_AFTER"
kill -9 "$(server_jvm)"
KILLED_AT=$(date -u +%FT%TZ)
wait "$LOAD"
grep '^RESULT' "$WORK/load.out"

START=$(date +%s%N)
start_server second
READY_MS=$(( ($(date +%s%N) - START) / 1000000 ))
java -cp "$WORK" DurabilityLoad check "$BASE" "$WORK/acked.txt" | tee "$WORK/check.out"
kill "$(server_jvm)"

# TOTP steps and the half-done rows, in the database itself
sql() {
    mariadb -h "${MARIADB_HOST:-localhost}" -P "${MARIADB_PORT:-3306}" -u "${MARIADB_USER:-lifeline}" \
        -p"${MARIADB_PASSWORD:-}" "$MARIADB_DATABASE" -N -B -e "$1"
}
TOTP_VALUES=$(awk '$1 == "totp" { printf "%s(\x27%s\x27, %s)", (n++ ? ", " : ""), $2, $3 }' "$WORK/acked.txt")
TOTP_ACKED=$(grep -c '^totp ' "$WORK/acked.txt" || true)
TOTP_FOUND=0
if [ -n "$TOTP_VALUES" ]; then
    TOTP_FOUND=$(sql "WITH t (account_id, step) AS (VALUES $TOTP_VALUES)
        SELECT COUNT(*) FROM t JOIN authenticator a ON a.account_id = t.account_id
        WHERE a.last_used_step >= t.step AND EXISTS (SELECT 1 FROM verification_attempt v
            WHERE v.account_id = t.account_id AND v.method = 'TOTP' AND v.outcome = 'SUCCESS'
            AND v.purpose = 'VERIFY')")
fi
HALF_DONE=$(sql "SELECT COUNT(*) FROM recovery_code_set s WHERE s.revoked_at IS NULL AND NOT EXISTS
    (SELECT 1 FROM authenticator a WHERE a.account_id = s.account_id AND a.status = 'ACTIVE')")
# an outbox row names the event it tells (its number in the account's chain); one without it is half done
NOTIFICATIONS=$(sql "SELECT COUNT(*) FROM notification")
ORPHANS=$(sql "SELECT COUNT(*) FROM notification n WHERE n.event_sequence IS NULL OR NOT EXISTS
    (SELECT 1 FROM audit_event e WHERE e.chain_id = n.account_id AND e.sequence_no = n.event_sequence)")
echo "RESULT totp acknowledged=$TOTP_ACKED found=$TOTP_FOUND lost=$((TOTP_ACKED - TOTP_FOUND)) half_done_code_sets=$HALF_DONE notifications=$NOTIFICATIONS notifications_without_event=$ORPHANS" \
    | tee -a "$WORK/check.out"
printf '%s killed=%s accounts=%s clients=%s %s %s restart_ready_ms=%s\n' "$(date -u +%FT%TZ)" "$KILLED_AT" \
    "$ACCOUNTS" "$CLIENTS" "$(grep '^RESULT' "$WORK/load.out" | cut -d' ' -f3-)" \
    "$(grep "^RESULT check" "$WORK/check.out" | cut -d" " -f4-7)" "$READY_MS" | tee -a "$WORK/durability.tsv"
grep "^RESULT totp" "$WORK/check.out" | tee -a "$WORK/durability.tsv"

# the verdict: nothing acknowledged lost, nothing half done, the trail intact
grep -q '^RESULT check .* lost=0 .*trail_intact=true' "$WORK/check.out" \
    && [ "$TOTP_FOUND" = "$TOTP_ACKED" ] && [ "$HALF_DONE" = 0 ] && [ "$ORPHANS" = 0 ] \
    && echo "VERDICT pass" || { echo "VERDICT fail"; exit 1; }
