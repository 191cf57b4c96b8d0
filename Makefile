# claimsh — build, run and test on a fresh Debian machine with Swift.
#   make run    install libedit-dev if missing, build in release, start the shell on the embedded corpus
#   make test   install what the tests need, build, run every test
SHELL := /bin/bash
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE_BIN := .build/release/claimsh

.PHONY: all deps build release run test bench seeds gazetteer golden install clean fuzz

all: build

# libedit's header is the one system dependency.
deps:
	@if [ ! -f /usr/include/editline/readline.h ] || [ ! -f /usr/include/histedit.h ]; then \
		echo "make: installing libedit-dev"; \
		$(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libedit-dev; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

run: release
	$(RELEASE_BIN)

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Regenerate embedded data from its sources (see scripts/).
seeds:
	python3 scripts/embed-seeds.py

gazetteer:
	python3 scripts/build-gazetteer.py

install: release
	install -m 0755 $(RELEASE_BIN) /usr/local/bin/claimsh

clean:
	rm -rf .build

# Re-record examples/*.expected after an intended output change (the recording run fails on purpose).
golden: deps
	$(SWIFT) build --build-tests
	-CLAIMSH_RECORD_GOLDEN=1 $(SWIFT) test --skip-build --filter ExampleGoldenTests
	@echo "make: golden files re-recorded; review with git diff examples/"

# claimsh and SQLite side by side on a generated corpus of about a million claims; see BENCHMARKS.md.
bench: deps
	bash scripts/bench.sh

# libFuzzer targets (query engine, article reader + extractor) built with -sanitize=fuzzer,address outside SwiftPM,
# each run for FUZZ_SECONDS; see docs/robustness.md. `make test` replays the saved corpus in Tests/FuzzRegression.
FUZZ_SECONDS ?= 300
fuzz:
	FUZZ_SECONDS=$(FUZZ_SECONDS) bash scripts/fuzz.sh all
