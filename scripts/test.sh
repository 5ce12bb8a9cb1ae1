#!/usr/bin/env bash
# Runs every test: installs what is missing; `swift test` (unit, corpus, golden and end-to-end tests,
# including `bearing eval` with its threshold); then builds the example site and checks it on disk:
# internal links and assets, the Nu HTML validator, and headless Chromium (console errors, requests
# outside the site, search), saving screenshots in screenshots/; and `bearing serve` in headless Chromium (an open
# page reloads when a file is saved, errors shown over the last good site). Then a tiny run of the benchmark, to show
# that the generator and the benchmark command work (never a timed assertion). Last, scripts/install-check.sh:
# `make install` gives one static file that runs check and build with the toolchain and build folder hidden.
# Corpus tests read ../shared/corpus when it is present and are reported as skipped when not.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --site-check
swift build --build-tests
swift test --skip-build
bin="$(swift build --show-bin-path)/bearing"
"$bin" build --out .build/example-site
PATH="$PWD/.build/site-check-venv/bin:$PATH" .build/site-check-venv/bin/python scripts/site-check/check_site.py .build/example-site screenshots
.build/site-check-venv/bin/python scripts/site-check/check_serve.py "$bin" screenshots
bash scripts/bench.sh --files 20 --roadmaps 2 --runs 2 --scale10 --out .build/bench-smoke
bash scripts/bench.sh --chain 50 --runs 1 --out .build/bench-smoke
bash scripts/install-check.sh
