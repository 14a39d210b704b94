#!/usr/bin/env bash
# The test command of the README: restore, build, run every test project, print "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
results="$(pwd)/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"
dotnet test TokenFlex.slnx --configuration Release --logger "trx" --results-directory "$results" "$@"
status=$?
passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  p=$(grep -o 'passed="[0-9]*"' "$trx" | head -1 | grep -o '[0-9]*' || echo 0)
  f=$(grep -o 'failed="[0-9]*"' "$trx" | head -1 | grep -o '[0-9]*' || echo 0)
  passed=$((passed + p))
  failed=$((failed + f))
done
echo "${passed} passed, ${failed} failed"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
