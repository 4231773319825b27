#!/usr/bin/env bash
# Starts or stops a private PostgreSQL 15 cluster for the benchmarks (PACKAGES.md's recipe, as root or as postgres).
#   eval "$(bench/pg-cluster.sh start)"   exports BENCH_PG_DIR, BENCH_PG_PORT and BENCH_PG_CONNECTION
#   bench/pg-cluster.sh stop "$BENCH_PG_DIR"
set -euo pipefail
bin=/usr/lib/postgresql/15/bin
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-}" in
start)
    [ -x "$bin/initdb" ] || { echo "PostgreSQL 15 is missing: apt-get install -y postgresql" >&2; exit 1; }
    dir=$(mktemp -d /tmp/inkan-bench-pg.XXXXXX)
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_postgres "$bin/initdb" -D "$dir/data" -A trust -U postgres --no-sync >/dev/null
    # The same settings as the tests' fixture: fsync on, synchronous_commit on (the defaults), room for many connections.
    as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=300" start >/dev/null
    echo "export BENCH_PG_DIR=$dir BENCH_PG_PORT=$port"
    echo "export BENCH_PG_CONNECTION='Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres'"
    ;;
stop)
    as_postgres "$bin/pg_ctl" -D "$2/data" -m fast -w stop >/dev/null
    rm -rf "$2"
    ;;
*)
    echo "usage: $0 start | stop DIR" >&2
    exit 2
    ;;
esac
