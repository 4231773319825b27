#!/usr/bin/env bash
# Runs every test of the solution on a fresh machine: installs the prerequisites, builds once,
# runs each test project and prints one closing line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

bash eng/install-prerequisites.sh

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build Orleans.sln -c Release -nologo -v minimal

results=$(mktemp -d)
status=0
for project in tests/*.Tests/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  echo "=== $name"
  if ! dotnet test "$project" -c Release --no-build -nologo \
      --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
      --blame-hang-timeout 10m --blame-hang-dump-type none \
      --logger "console;verbosity=minimal"; then
    status=1
  fi
done

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
echo "$passed passed, $failed failed"
if [ "$passed" -eq 0 ]; then status=1; fi
exit $status
