#!/usr/bin/env bash
# The longer fuzz run: mutates the example and the real planning files in ../shared/corpus and runs bearing on
# them, reporting crashes, hangs and lost files (scripts/fuzz/fuzz.py says what each means).
#   scripts/fuzz.sh --minutes 30 [--seed N] [--timeout S]
# Failing workspaces are saved under .build/fuzz/; make each one a fixture in Tests/BearingSiteTests/Fixtures/fuzz/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release --product bearing >/dev/null
# A copy, so that rebuilding during a long run neither fails ("text file busy") nor changes the binary under test.
mkdir -p .build/fuzz
cp "$(swift build -c release --show-bin-path)/bearing" .build/fuzz/bearing
exec python3 scripts/fuzz/fuzz.py --binary .build/fuzz/bearing "$@"
