#!/usr/bin/env bash
# Builds bearing in release mode as one statically linked executable, with every resource (templates,
# assets, token vectors) embedded in it, and installs it as PREFIX/bin/bearing: the only file it installs.
#   scripts/install.sh [PREFIX]        default /usr/local; `make install PREFIX=DIR` calls this
# It builds as the calling user and uses sudo for the copy only when PREFIX/bin is not writable.
# DESTDIR, when set, is prepended to PREFIX (for packaging). The build lives in .build/static, apart
# from the dynamically linked release build of scripts/example.sh and scripts/bench.sh, so that
# neither rebuilds the other's work.
set -euo pipefail
prefix="${1:-/usr/local}"
case "$prefix" in /*) ;; *) prefix="$PWD/$prefix" ;; esac
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bin="$(bash scripts/install/build-static.sh)"
# ldd says "not a dynamic executable" (or "statically linked", for a static PIE) when nothing is loaded at run time.
# (ldd exits 1 for a static executable, hence the `|| true`.)
linkage="$(ldd "$bin" 2>&1 || true)"
if ! grep -Eq "not a dynamic executable|statically linked" <<<"$linkage"; then
  echo "install: $bin is dynamically linked; refusing to install it:" >&2
  echo "$linkage" >&2
  exit 1
fi
# Built as the user; only the copy uses sudo, and only when the destination is not writable (so that
# `make install` into /usr/local works without running swift as root, whose PATH may not have it).
target="${DESTDIR:-}$prefix/bin"
existing="$target"
while [ ! -e "$existing" ]; do existing="$(dirname "$existing")"; done
sudo=""
if [ "$(id -u)" -ne 0 ] && [ ! -w "$existing" ]; then sudo="sudo"; fi
$sudo install -d "$target"
$sudo install -m 0755 "$bin" "$target/bearing"
echo "install: $target/bearing, bearing $("$bin" --version)"
