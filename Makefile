# Shortcuts for people who have make; the scripts are the source of truth.
.PHONY: example test build bench clean
example:
	bash scripts/example.sh
test:
	bash scripts/test.sh
build:
	swift build
bench:
	bash scripts/bench.sh
clean:
	rm -rf .build _site
