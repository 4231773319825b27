#!/usr/bin/env bash
# The row-lock baseline: pgbench runs bench/rowlock-verify.sql (one PostgreSQL transaction per verification)
# with CLIENTS clients for SECONDS seconds, over 10,000 token rows and then on one hot token.
#   bench/run-baseline.sh [SECONDS=20] [CLIENTS=16]
# Uses the server on BENCH_PG_PORT (127.0.0.1, user postgres) when set, else starts a private cluster and removes it.
# Prints one line per case: "baseline <case>: <verifications>/s".
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
seconds=${1:-20}
clients=${2:-16}
bin=/usr/lib/postgresql/15/bin

if [ -z "${BENCH_PG_PORT:-}" ]; then
    eval "$("$here/pg-cluster.sh" start)"
    trap '"$here/pg-cluster.sh" stop "$BENCH_PG_DIR"' EXIT
fi

psql() { "$bin/psql" -h 127.0.0.1 -p "$BENCH_PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
psql -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS rowlock" -c "CREATE DATABASE rowlock"
PGOPTIONS="-c client_min_messages=warning" psql -d rowlock -f "$here/rowlock-schema.sql"

run() {
    local name=$1 tokens=$2
    local tps
    tps=$("$bin/pgbench" -h 127.0.0.1 -p "$BENCH_PG_PORT" -U postgres -n -c "$clients" -j 2 -T "$seconds" \
        -D tokens="$tokens" -D wrong="${BENCH_WRONG_PERCENT:-0}" -f "$here/rowlock-verify.sql" rowlock \
        | awk '/^tps/ { print $3; exit }')
    printf 'baseline %s: %.0f/s (%s clients, %s s)\n' "$name" "$tps" "$clients" "$seconds"
}

run ManyTokens 10000
run HotToken 1
psql -d rowlock -At -c "SELECT 'baseline rows: ' || count(*) || ' authorizations, ' || (SELECT count(*) FROM rowlock_token WHERE locked) || ' locked tokens' FROM rowlock_authorization"
