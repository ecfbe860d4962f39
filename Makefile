# mlsd — build, run, test, benchmark, install.
SWIFT ?= $(shell command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)
PREFIX ?= /usr/local
BIN := .build/debug/mlsd
RELEASE_BIN := .build/release/mlsd

.PHONY: build release run test bench install uninstall clean

build:
	$(SWIFT) build --product mlsd

release:
	$(SWIFT) build -c release --product mlsd

# Starts a practice session on the default database; pass a case or flags with ARGS="...".
run: build
	$(BIN) practice $(ARGS)

test:
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --parallel --num-workers 2

bench: release
	bash bench/run.sh

install: release
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 0755 $(RELEASE_BIN) "$(DESTDIR)$(PREFIX)/bin/mlsd"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/mlsd"

clean:
	rm -rf .build
