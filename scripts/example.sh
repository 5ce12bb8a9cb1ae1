#!/usr/bin/env bash
# Builds Bearing and, from the example workspace at the repository root (strategy.md, objectives/,
# roadmaps/), the planning site in _site/: open _site/index.html in a browser. Also prints the check
# and the alignment report.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release --product bearing
bin="$(swift build -c release --show-bin-path)/bearing"
"$bin" check
"$bin" report
"$bin" build
echo "example: open _site/index.html (or serve _site/ from any path); data in _site/data/"
