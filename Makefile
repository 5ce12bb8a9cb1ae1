# Shortcuts for people who have make; the scripts are the source of truth.
# `make install PREFIX=DIR` (default /usr/local) installs one statically linked file, DIR/bin/bearing.
PREFIX ?= /usr/local
.PHONY: example test build bench clean install install-check
example:
	bash scripts/example.sh
test:
	bash scripts/test.sh
build:
	swift build
bench:
	bash scripts/bench.sh
install:
	bash scripts/install.sh "$(PREFIX)"
install-check:
	bash scripts/install-check.sh
clean:
	rm -rf .build _site
