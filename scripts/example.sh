#!/usr/bin/env bash
# Builds Bearing and runs it on the example workspace at the repository root
# (strategy.md, objectives/, roadmaps/): check, then export the model to _site/planning.json.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release --product bearing
bin="$(swift build -c release --show-bin-path)/bearing"
"$bin" check
mkdir -p _site
"$bin" export --format json > _site/planning.json
echo "example: model of $(grep -c '"id"' _site/planning.json) ids written to _site/planning.json"
