#!/usr/bin/env bash
# The GitHub Action's install step: puts the one-file `bearing` on the job's PATH.
# A release asset when BEARING_VERSION names a release tag (v1.2.3) of BEARING_REPOSITORY and it downloads;
# otherwise built from the action's own checkout with `make install` (Swift 6 is on GitHub's Ubuntu images).
#   BEARING_VERSION     a release tag, or anything else (a branch, a commit, empty) to build from source
#   BEARING_REPOSITORY  owner/name the releases belong to (the action's own repository)
#   BEARING_PREFIX      where to install (default: $RUNNER_TEMP/bearing); bearing goes in PREFIX/bin
set -euo pipefail
action="${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/../.." && pwd)}"
prefix="${BEARING_PREFIX:-${RUNNER_TEMP:-/tmp}/bearing}"
mkdir -p "$prefix/bin"
installed=""
if [[ "${BEARING_VERSION:-}" =~ ^v[0-9] ]] && [ -n "${BEARING_REPOSITORY:-}" ]; then
  asset="https://github.com/$BEARING_REPOSITORY/releases/download/$BEARING_VERSION/bearing-linux-$(uname -m)"
  if curl -fsSL --retry 3 -o "$prefix/bin/bearing.download" "$asset"; then
    chmod 0755 "$prefix/bin/bearing.download"
    mv "$prefix/bin/bearing.download" "$prefix/bin/bearing"
    installed="$asset"
  else
    rm -f "$prefix/bin/bearing.download"
    echo "::notice::no release asset at $asset; building bearing from source"
  fi
fi
if [ -z "$installed" ]; then
  make -C "$action" install PREFIX="$prefix"
fi
echo "$prefix/bin" >>"${GITHUB_PATH:-/dev/null}"
"$prefix/bin/bearing" --version
