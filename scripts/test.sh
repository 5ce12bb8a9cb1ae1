#!/usr/bin/env bash
# Runs every test: installs what is missing, then `swift test` (unit, corpus and end-to-end tests).
# Corpus tests read ../shared/corpus/2i2c when it is present and are reported as skipped when not.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build --build-tests
swift test --skip-build
