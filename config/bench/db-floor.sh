#!/usr/bin/env bash
# The database's floor for a right-code verification: MariaDB alone runs the statements of the accepted path (the same
# reads, locks and writes as the server's; VerificationCostIT counts them, the general log shows them), with no server,
# so the rate and the MariaDB CPU per transaction are what the server's path can at best reach on this machine.
#   config/bench/db-floor.sh [CONCURRENCIES] [TRANSACTIONS_PER_CLIENT]      (default "8 32 64" 2000)
# Needs a database filled by generate-dataset.sh (accounts bench-0000000 and up) and mariadb-slap (MariaDB's client
# package). Connects like the server does (MARIADB_HOST, MARIADB_PORT, MARIADB_DATABASE, MARIADB_USER,
# MARIADB_PASSWORD); MariaDB's CPU is read from /proc when it runs on this machine. Each transaction picks an active
# authenticator's account at random: the autocommit switch, the account and its failure budget read and locked
# together, the authenticator with its live recovery-code set, the step's compare-and-set, the attempt, the commit.
set -euo pipefail
concurrencies="${1:-8 32 64}"
per_client="${2:-2000}"
db=(--host="${MARIADB_HOST:-127.0.0.1}" --port="${MARIADB_PORT:-3306}" --user="${MARIADB_USER:-lifeline}"
    --password="${MARIADB_PASSWORD:-lifeline}")
schema="${MARIADB_DATABASE:-lifeline}"
accounts=$(mariadb "${db[@]}" "$schema" -N -e "SELECT COUNT(*) FROM account WHERE id LIKE 'bench-%'")
[ "$accounts" -ge 10 ] || { echo "no generated accounts in $schema: run generate-dataset.sh first" >&2; exit 1; }
query=$(mktemp)
trap 'rm -f "$query"' EXIT
# The generator leaves every tenth account's authenticator pending (numbers ending in 0): the draw skips those. The
# draw reads no table, so it takes no locks of its own.
cat >"$query" <<SQL
set autocommit=0;
SET @account = CONCAT('bench-', LPAD(FLOOR(RAND() * FLOOR($accounts / 10)) * 10 + 1 + FLOOR(RAND() * 9), 7, '0'));
select a.id, a.created_at, a.email, a.reset_may_be_waiting, a.review_flagged_at, a.review_reason, a.risk_tier, a.sensitive_actions_blocked_until, a.updated_at, a.version, b.account_id, b.consecutive_failures, b.failures_since_quiet, b.last_failure_at, b.lock_level, b.locked_until, b.version from account a left join failure_budget b on b.account_id = a.id where a.id = @account for update;
select t.id, t.account_id, t.activated_at, t.algorithm, t.created_at, t.digits, t.expires_at, t.frozen_at, t.label, t.last_used_step, t.period_seconds, t.secret, t.status, t.version, s.id, s.account_id, s.generated_at, s.last_used_at, s.revoked_at, s.total, s.unused_codes, s.version from authenticator t left join recovery_code_set s on s.account_id = t.account_id and s.revoked_at is null where t.account_id = @account limit 1;
UPDATE authenticator SET last_used_step = COALESCE(last_used_step, 0) + 1 WHERE account_id = @account AND status = 'ACTIVE';
insert into verification_attempt (account_id, attempted_at, client_address, method, outcome, purpose, reason, user_agent) values (@account, UTC_TIMESTAMP(6), '203.0.113.7', 'TOTP', 'SUCCESS', 'VERIFY', null, 'db-floor');
COMMIT;
set autocommit=1
SQL
db_pid=$(pgrep -x mariadbd | head -1 || true)
source "$(dirname "$0")/cpu.sh"
for c in $concurrencies; do
    transactions=$((c * per_client))
    cpu0=$(cpu "$db_pid" || echo 0)
    start=$(date +%s.%N)
    mariadb-slap "${db[@]}" --create-schema="$schema" --no-drop --concurrency="$c" --iterations=1 \
        --number-of-queries=$((transactions * 8)) --delimiter=";" --query="$query" >/dev/null
    seconds=$(echo "$(date +%s.%N) - $start" | bc -l)
    cpu1=$(cpu "$db_pid" || echo 0)
    printf 'concurrency=%s transactions=%s seconds=%.1f per_second=%.0f db_cpu_ms=%.3f\n' "$c" "$transactions" \
        "$seconds" "$(echo "$transactions / $seconds" | bc -l)" "$(echo "($cpu1 - $cpu0) * 1000 / $transactions" | bc -l)"
done
