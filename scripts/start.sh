#!/usr/bin/env bash
# Runs the app from a fresh clone: installs, builds and serves it on http://127.0.0.1:4173/
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
npx vite build
echo "==> Cloudwright on http://127.0.0.1:4173/"
exec npx vite preview --host 127.0.0.1 --port "${PORT:-4173}" --strictPort
