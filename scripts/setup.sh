#!/usr/bin/env bash
# Installs the system packages Bearing builds against, only when they are missing.
# Uses sudo only when not root. Swift itself is expected on the PATH (swift.org toolchain).
set -euo pipefail

missing=()
pkg-config --exists libcmark 2>/dev/null || missing+=(libcmark-dev pkg-config)
[ -f /usr/include/sqlite3.h ] || missing+=(libsqlite3-dev)

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
