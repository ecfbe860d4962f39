# mlsd — build, run, test, benchmark, install.
SWIFT ?= $(shell command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)
PREFIX ?= /usr/local
BIN := .build/debug/mlsd
RELEASE_BIN := .build/release/mlsd

.PHONY: build release run test stress golden format lint bench install install-files uninstall clean

build:
	$(SWIFT) build --product mlsd

# The Swift runtime and Foundation linked in: the installed binary runs without a Swift toolchain
# and starts about 1.5x faster (no dynamic loading of the runtime); it is about 80 MB.
release:
	$(SWIFT) build -c release --product mlsd --static-swift-stdlib

# Starts a practice session on the default database; pass a case or flags with ARGS="...".
run: build
	$(BIN) practice $(ARGS)

test:
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --parallel --num-workers 2

# The soak and stress tests at full size (kill -9 at many moments, 30 s of concurrent writers,
# many damaged databases, many random command lines and inputs); `make test` runs them small.
STRESS_SUITES = KillNineTests|ConcurrentWritersTests|StoredValueFuzzTests|ArgumentFuzzTests|InputFuzzTests
stress:
	$(SWIFT) build --build-tests
	MLSD_STRESS=1 $(SWIFT) test --skip-build --filter '$(STRESS_SUITES)'

# Rewrites the golden help and usage texts of MLSDCLITests after a deliberate change; review
# them with git diff before committing.
golden:
	$(SWIFT) build --build-tests
	MLSD_UPDATE_GOLDEN=1 $(SWIFT) test --skip-build --filter MLSDCLITests

# swift-format with the repository's .swift-format (4 spaces, 120 columns), rewriting files in place.
FORMAT_PATHS = Sources Tests Package.swift
format:
	$(SWIFT) format format --in-place --recursive --parallel $(FORMAT_PATHS)

# What CI checks: no swift-format finding, and no line of Sources over 120 columns (the formatter
# cannot break a long string literal). Shows every offender of both before failing.
lint:
	@status=0; \
	$(SWIFT) format lint --strict --recursive --parallel $(FORMAT_PATHS) || status=1; \
	find Sources -name '*.swift' -exec awk 'length > 120 { print FILENAME ":" FNR ": " length " columns"; long = 1 } \
		END { exit long }' {} + || status=1; \
	exit $$status

bench: release
	bash bench/run.sh

# The binary, its man page and completions for bash, zsh and fish, all generated from the
# command table by the binary itself (install-files takes any built binary: INSTALL_BIN=...).
INSTALL_BIN ?= $(RELEASE_BIN)
MAN_DIR = $(DESTDIR)$(PREFIX)/share/man/man1
BASH_DIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSH_DIR = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISH_DIR = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

install: release install-files

install-files:
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(MAN_DIR)" "$(BASH_DIR)" "$(ZSH_DIR)" "$(FISH_DIR)"
	install -m 0755 $(INSTALL_BIN) "$(DESTDIR)$(PREFIX)/bin/mlsd"
	$(INSTALL_BIN) manpage > "$(MAN_DIR)/mlsd.1"
	$(INSTALL_BIN) completions bash > "$(BASH_DIR)/mlsd"
	$(INSTALL_BIN) completions zsh > "$(ZSH_DIR)/_mlsd"
	$(INSTALL_BIN) completions fish > "$(FISH_DIR)/mlsd.fish"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/mlsd" "$(MAN_DIR)/mlsd.1" "$(BASH_DIR)/mlsd" "$(ZSH_DIR)/_mlsd" "$(FISH_DIR)/mlsd.fish"

clean:
	rm -rf .build
