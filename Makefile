# Shortcuts for people who have make; the scripts are the source of truth.
.PHONY: example test build clean
example:
	bash scripts/example.sh
test:
	bash scripts/test.sh
build:
	swift build
clean:
	rm -rf .build _site
