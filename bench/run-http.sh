#!/usr/bin/env bash
# End to end over HTTP: the gateway (Release build) on SQLite and then on PostgreSQL, driven by the token emulator's
# `load` command on the same machine, beside the row-lock baseline (run-baseline.sh) on the same PostgreSQL server.
#   bench/run-http.sh [SECONDS=15] [CONCURRENCY=32]
# Per storage: `load --max` over 100 tokens (4 contracts x 25 tokens, one user each), `load --max` on one hot token
# shared by 100 users, then `load --rate <half the first max>`; then the same three split (`--split`: the transactions
# are created first, untimed, and the confirmations alone are timed, one verification each as one baseline transaction).
# Each run follows a warm-up of BENCH_WARMUP seconds (default 10) that the report leaves out; prints verifications/s and
# latency percentiles.
# Reports (JSON) stay in BENCH_OUT (default: a new /tmp/inkan-http-bench.* directory).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
seconds=${1:-15}
concurrency=${2:-32}
# Seconds of cycles before each measured run: the gateway's JIT is still tiering up hot methods for the first ten or so.
warmup=${BENCH_WARMUP:-10}
out=${BENCH_OUT:-$(mktemp -d /tmp/inkan-http-bench.XXXXXX)}
bin=/usr/lib/postgresql/15/bin

dotnet publish "$root/src/Gateway" -c Release -o "$out/gateway" -v quiet -nologo >/dev/null
dotnet publish "$root/src/TokenEmulator" -c Release -o "$out/emulator" -v quiet -nologo >/dev/null

eval "$("$here/pg-cluster.sh" start)"
gateway_pid=
cleanup() {
    [ -n "$gateway_pid" ] && kill "$gateway_pid" 2>/dev/null || true
    "$here/pg-cluster.sh" stop "$BENCH_PG_DIR"
}
trap cleanup EXIT

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
BENCH_PG_PORT=$BENCH_PG_PORT "$here/run-baseline.sh" "$seconds" 16

# A configured bank API key (the gateway stores only the secret's SHA-256).
key_id=$(python3 -c 'import secrets; print(secrets.token_hex(8))')
secret=$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')
key="inkan.$key_id.$secret"
url=

start_gateway() { # storage provider, connection string
    rm -rf "$out/data" && mkdir -p "$out/data"
    url="http://127.0.0.1:$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    (cd "$out/gateway" && exec env ASPNETCORE_URLS="$url" DataDirectory="$out/data" Demo__Enabled=false \
        Storage__Provider="$1" Storage__ConnectionString="$2" Logging__LogLevel__Default=Warning \
        BankApi__Keys__${key_id}__SecretSha256="$(printf %s "$secret" | sha256sum | cut -d' ' -f1)" \
        BankApi__Keys__${key_id}__Scopes=transactions,backoffice \
        BankApi__Keys__${key_id}__CallbackSecret=bench-callback-secret-0123456789 \
        dotnet Inkan.Gateway.dll >"$out/gateway-$1.log" 2>&1) &
    gateway_pid=$!
    for _ in $(seq 120); do curl -sf "$url/health" >/dev/null && return 0; sleep 0.5; done
    echo "the gateway did not start; see $out/gateway-$1.log" >&2
    exit 1
}

load() { # name, load options...
    local name=$1
    shift
    rm -f "$out/$name.json"
    dotnet "$out/emulator/Inkan.TokenEmulator.dll" load --url "$url" --api-key "$key" --duration "$seconds" --warmup "$warmup" \
        --concurrency "$concurrency" --json "$out/$name.json" "$@" >"$out/$name.txt" 2>"$out/$name.progress" || {
        # Exit status 1 after a report: some cycles went wrong, and the line below counts them. Without a report, stop.
        [ -s "$out/$name.json" ] || { tail -n 3 "$out/$name.progress" >&2; exit 1; }
    }
    python3 - "$out/$name.json" "$name" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); v = r["verificationLatencyMs"]; c = r["cycleLatencyMs"]
what = (f'confirmations alone, after {r["prepared"]} creations at {r["prepared"] / max(r["preparationSeconds"], 1e-9):.0f}/s untimed' if r["split"]
        else f'{r["authorizedPerSecond"]:.0f} create+confirm cycles/s')
print(f'{sys.argv[2]}: {r["verificationsPerSecond"]:.0f} verifications/s ({what}), '
      f'verification p50 {v["p50"]:.1f} ms p95 {v["p95"]:.1f} ms p99 {v["p99"]:.1f} ms max {v["max"]:.1f} ms; '
      f'cycle p99 {c["p99"]:.1f} ms; errors {r["errors"]}')
PY
}

rate_of() { python3 -c 'import json, sys; print(max(1, round(json.load(open(sys.argv[1]))["authorizedPerSecond"] / 2)))' "$1"; }

for storage in Sqlite Postgres; do
    connection=
    if [ "$storage" = Postgres ]; then
        "$bin/psql" -h 127.0.0.1 -p "$BENCH_PG_PORT" -U postgres -q -c "DROP DATABASE IF EXISTS inkan_http" -c "CREATE DATABASE inkan_http"
        connection="Host=127.0.0.1;Port=$BENCH_PG_PORT;Username=postgres;Database=inkan_http;Maximum Pool Size=64"
    fi
    start_gateway "$storage" "$connection"
    load "$storage-ManyTokens-max" --max --contracts 4 --tokens 25
    load "$storage-HotToken-max" --max --tokens 1 --users-per-token 100
    half=$(rate_of "$out/$storage-ManyTokens-max.json")
    load "$storage-ManyTokens-rate$half" --rate "$half" --contracts 4 --tokens 25
    load "$storage-ManyTokens-split-max" --max --contracts 4 --tokens 25 --split
    load "$storage-HotToken-split-max" --max --tokens 1 --users-per-token 100 --split
    half=$(rate_of "$out/$storage-ManyTokens-split-max.json")
    load "$storage-ManyTokens-split-rate$half" --rate "$half" --contracts 4 --tokens 25 --split
    kill "$gateway_pid"
    wait "$gateway_pid" 2>/dev/null || true
    gateway_pid=
done
echo "reports: $out"
