#!/usr/bin/env bash
# The row-lock baseline and the grain-level verification benchmark in one run, on one PostgreSQL server,
# one after the other (never at once: they share the 2 cores), and the ratios between them. The grain benchmark
# runs create-and-confirm cycles, then creations and confirmations timed apart ("split").
#   bench/run-side-by-side.sh [SECONDS=20] [WORKERS=1000]
# Builds tests/Benchmarks in Release first. Set BENCH_SKIP_BUILD=1 to use the last build.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
seconds=${1:-20}
workers=${2:-1000}

[ -n "${BENCH_SKIP_BUILD:-}" ] || dotnet build -c Release "$root/tests/Benchmarks" >/dev/null
eval "$("$here/pg-cluster.sh" start)"
trap '"$here/pg-cluster.sh" stop "$BENCH_PG_DIR"' EXIT
export BENCH_PG_PORT
# The grain benchmark creates its database on this server (the tests' PostgreSQL fixture honours it).
export INKAN_TEST_POSTGRES="$BENCH_PG_CONNECTION"

out=$(mktemp)
"$here/run-baseline.sh" "$seconds" 16 | tee -a "$out"
for storage in sqlite postgres; do
    for scenario in ManyTokens HotToken; do
        dotnet "$root/tests/Benchmarks/bin/Release/net10.0/Inkan.Benchmarks.dll" verify "$storage" "$scenario" "$seconds" "$workers" split \
            | grep -v '^setup' | tee -a "$out"
    done
done

echo "ratios (grains / row-lock baseline, per second; a cycle is create + confirm, a confirmation is what one baseline transaction does):"
awk '
    /^baseline ManyTokens:/ { split($3, a, "/"); base["ManyTokens"] = a[1] }
    /^baseline HotToken:/ { split($3, a, "/"); base["HotToken"] = a[1] }
    $5 == "verifications" || $5 == "confirmations" { for (i = 1; i <= NF; i++) if ($i == "=") rate[$1 " " $2 " " $5] = $(i + 1) }
    END {
        for (key in rate) {
            split(key, k, " ")
            printf "  %-8s %-10s %-13s %8.0f /s vs %6.0f /s = %.1fx\n", k[1], k[2], k[3], rate[key], base[k[2]], rate[key] / base[k[2]]
        }
    }' "$out" | sort
rm -f "$out"
