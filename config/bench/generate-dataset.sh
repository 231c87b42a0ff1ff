#!/usr/bin/env bash
# Fills a Lifeline database with a synthetic data set for benchmarks (see generate-dataset.sql for what it holds).
#   config/bench/generate-dataset.sh [accounts]      (default 100000)
# Connects like the server does, through MARIADB_HOST, MARIADB_PORT, MARIADB_DATABASE, MARIADB_USER and
# MARIADB_PASSWORD. The schema must exist: start the server on that database once first, so it migrates it.
set -euo pipefail
accounts="${1:-100000}"
[[ "$accounts" =~ ^[1-9][0-9]{0,6}$ && "$accounts" -le 4194304 ]] || { echo "accounts must be a number from 1 to 4194304" >&2; exit 2; }
cd "$(dirname "$0")"
db=(mariadb --host="${MARIADB_HOST:-127.0.0.1}" --port="${MARIADB_PORT:-3306}" --user="${MARIADB_USER:-lifeline}"
    --password="${MARIADB_PASSWORD:-lifeline}" "${MARIADB_DATABASE:-lifeline}")
if ! "${db[@]}" -N -e "SELECT 1 FROM lifeline_schema_history LIMIT 1" >/dev/null 2>&1; then
    echo "no Lifeline schema in ${MARIADB_DATABASE:-lifeline}: start the server on it once first" >&2
    exit 1
fi
if [ "$("${db[@]}" -N -e "SELECT COUNT(*) FROM account WHERE id LIKE 'bench-%'")" != 0 ]; then
    echo "the database already holds a generated data set (accounts bench-...)" >&2
    exit 1
fi
start=$(date +%s)
{ echo "SET @accounts = $accounts;"; cat generate-dataset.sql; } | "${db[@]}"
echo "generated $accounts accounts in $(( $(date +%s) - start )) s:"
"${db[@]}" -t -e "SELECT (SELECT COUNT(*) FROM account) accounts, (SELECT COUNT(*) FROM recovery_code) codes,
    (SELECT COUNT(*) FROM verification_attempt) attempts, (SELECT COUNT(*) FROM recovery_case) cases"
