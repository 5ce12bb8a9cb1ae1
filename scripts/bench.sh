#!/usr/bin/env bash
# The benchmark (docs/benchmarks.md): installs hugo, cmark and GNU time when missing, builds bearing as
# `make install` does (one static executable), and runs scripts/bench/bench.py. Arguments pass through, e.g.
#   scripts/bench.sh                 # default 2,000-file workspace, 5 runs
#   scripts/bench.sh --scale10       # also the 20,000-file workspace
#   scripts/bench.sh --files 20 --roadmaps 2 --runs 1   # a tiny smoke run (the test command does this)
#   scripts/bench.sh --chain 2000    # only `bearing check` on a 2,000- and a 20,000-item Depends-on chain by title
#   scripts/bench.sh --serve         # only bearing serve's save-to-reload time, at the example's size and at 2,000 files
#   scripts/bench.sh --rebuild       # only the in-process one-file rebuild serve runs (bearing rebuild-bench), at 2,000 files
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
missing=()
command -v hugo >/dev/null 2>&1 || missing+=(hugo)
command -v cmark >/dev/null 2>&1 || missing+=(cmark)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
# The statically linked executable `make install` puts on a user's PATH: what a user runs. (The dynamically linked
# release build holds about 17 MB more resident memory for the same work: the pages of Swift's shared libraries.)
mkdir -p .build
bin="$(bash scripts/install/build-static.sh 2>.build/static-build.log)" || { cat .build/static-build.log >&2; exit 1; }
python3 scripts/bench/bench.py "$bin" "$@"
