#!/usr/bin/env bash
# The bundle tests lint the generated deploy scripts with Debian's shellcheck; install it if absent.
set -euo pipefail
if command -v shellcheck >/dev/null 2>&1; then exit 0; fi
echo "==> installing Debian's shellcheck"
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq shellcheck >/dev/null
