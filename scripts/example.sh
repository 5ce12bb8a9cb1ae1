#!/usr/bin/env bash
# Builds Bearing and runs it on the example workspace at the repository root
# (strategy.md, objectives/, roadmaps/): check, print the alignment report, and write the model and
# the report as JSON and Markdown into _site/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release --product bearing
bin="$(swift build -c release --show-bin-path)/bearing"
"$bin" check
"$bin" report
mkdir -p _site
"$bin" report --format json > _site/planning.json
"$bin" report --format markdown > _site/report.md
echo "example: wrote _site/planning.json and _site/report.md"
