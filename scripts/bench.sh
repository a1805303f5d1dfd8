#!/usr/bin/env bash
# Runs the benchmarks and writes their figures to bench/results/. Benchmarks report; they never fail.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
mkdir -p bench/results
# The browser benchmarks measure the production build.
npx vite build || echo "vite build failed: the browser benchmarks will measure the previous build, if any"
for b in bench/*.bench.ts; do
  echo "==> $b"
  npx tsx "$b" || echo "benchmark $b did not complete"
done
