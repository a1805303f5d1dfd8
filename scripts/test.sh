#!/usr/bin/env bash
# Every test, from a fresh clone: install, typecheck, lint, unit tests, build, end-to-end tests.
# Ends with one line "tests: N passed, N failed" summing the unit and end-to-end results
# (a failed typecheck, lint or build counts as one failure each).
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh || exit 1
bash scripts/ensure-chromium.sh || echo "warning: chromium could not be installed"
bash scripts/ensure-shellcheck.sh || echo "warning: shellcheck could not be installed"
rm -rf reports && mkdir -p reports
failed_steps=()
step() {
  local name=$1; shift
  echo "==> $name"
  if ! "$@"; then failed_steps+=("$name"); fi
}
step typecheck npx tsc --noEmit -p tsconfig.json
step lint npx eslint . --max-warnings 0
step unit npx vitest run
step build npx vite build
step e2e npx playwright test
node scripts/summarize-tests.mjs "${failed_steps[@]}"
