#!/usr/bin/env bash
# Installs Debian's Chromium for the end-to-end browser test (npm run test:e2e), which drives
# it through playwright-core. Idempotent: does nothing when /usr/bin/chromium already exists.
# Needs root (or sudo) and Debian's package mirrors; nothing is downloaded from elsewhere.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
if [ -x "$CHROMIUM" ]; then
  echo "chromium: already installed ($("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM"))"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "chromium: not installed, and installing it needs root (apt-get install -y chromium)" >&2
    exit 1
  fi
fi

echo "chromium: installing Debian's chromium package"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q chromium fonts-liberation
"$CHROMIUM" --version
