# Tools, builds and databases for bench/run.sh (sourced).

# ensure_package COMMAND PACKAGE: installs PACKAGE with apt-get when COMMAND is missing, if this
# user may (root, or password-less sudo). Quietly does nothing otherwise: callers fall back.
ensure_package() {
  command -v "$1" >/dev/null 2>&1 && return 0
  command -v apt-get >/dev/null 2>&1 || return 1
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo -n true 2>/dev/null || return 1
    sudo="sudo -n"
  fi
  echo "bench: installing $2" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get install -y -qq "$2" >/dev/null 2>&1 \
    || { $sudo apt-get update -qq >/dev/null 2>&1 && $sudo apt-get install -y -qq "$2" >/dev/null 2>&1; }
  command -v "$1" >/dev/null 2>&1
}

setup_tools() {
  # MLSD_BENCH_TIMER=loop times with mlsd-bench's own loop even where hyperfine is installed.
  if [ "${MLSD_BENCH_TIMER:-}" != loop ] && ensure_package hyperfine hyperfine; then
    HYPERFINE=1
    TIMER_NAME="hyperfine $(hyperfine --version | awk '{ print $2 }') (-N, --export-json)"
  else
    HYPERFINE=""
    TIMER_NAME="mlsd-bench time (posix_spawn + wait4; hyperfine not installed)"
  fi
  if [ -x /usr/bin/time ] || ensure_package /usr/bin/time time; then
    RSS_NAME="GNU time %M, median of 3 runs"
  else
    RSS_NAME="wait4 ru_maxrss, median of 3 runs"
  fi
  ensure_package sqlite3 sqlite3 || { echo "bench: the sqlite3 shell is needed to generate databases" >&2; return 1; }
}

# Release builds of mlsd and mlsd-bench, and the baseline program (rebuilt when its source changes).
build() {
  local swift=${SWIFT:-swift}
  echo "bench: building in release mode" >&2
  # As `make release` builds it: the runtime linked in statically (so is the baseline, below, so
  # that start-up ratios compare like with like).
  "$swift" build -c release --product mlsd --static-swift-stdlib >&2 || return 1
  "$swift" build -c release --product mlsd-bench --static-swift-stdlib >&2 || return 1
  local bin
  bin=$("$swift" build -c release --show-bin-path) || return 1
  MLSD=$bin/mlsd
  BENCH=$bin/mlsd-bench
  BASELINE=$bin/mlsd-baseline
  # The statement recorder for query plans (bench/sqltrace); optional, Linux only.
  SQLTRACE=$bin/libmlsd-sqltrace.so
  if [ ! -f "$SQLTRACE" ] || [ bench/sqltrace/sqltrace.c -nt "$SQLTRACE" ]; then
    "${CC:-cc}" -shared -fPIC -O2 -o "$SQLTRACE" bench/sqltrace/sqltrace.c -ldl 2>/dev/null || SQLTRACE=""
  fi
  local swiftc
  swiftc="$(dirname "$(command -v "$swift")")/swiftc"
  "$swiftc" -O -static-stdlib -I Sources/CSQLite bench/baseline/main.swift -lsqlite3 -o "$BASELINE" >&2 || return 1
}

# generate_db FILE CARDS REVIEWS SESSIONS: a new database created by mlsd (schema and built-in
# content), then filled by bench/scale/generate.sql.
generate_db() {
  local file=$1
  rm -f "$file" "$file-wal" "$file-shm"
  MLSD_DB=$file "$MLSD" cases </dev/null >/dev/null || return 1
  sqlite3 "$file" \
    ".parameter set @cards $2" ".parameter set @reviews $3" ".parameter set @sessions $4" \
    ".parameter set @now $(date +%s)" ".read bench/scale/generate.sql" \
    "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null || return 1
}

# scale_db FILE: copies the 100,000-card database to FILE, generating it first if the cached copy
# is missing or stale. The cache is keyed on the generator, the schema, the content and the day
# (due dates are relative to the day it was made).
scale_db() {
  local key cache
  key=$( { cat bench/scale/generate.sql Sources/MLSDStore/Schema.swift; find Data -type f | sort | xargs cat; date +%F; } \
    | cksum | awk '{ print $1 }')
  cache=bench/results/cache/scale-$key.sqlite3
  if [ ! -f "$cache" ]; then
    mkdir -p bench/results/cache
    rm -f bench/results/cache/scale-*.sqlite3*
    echo "bench: generating the scale database (100,000 cards, 1,000,000 reviews, 10,000 sessions)" >&2
    local began=$SECONDS
    generate_db "$cache.tmp" 100000 1000000 10000 || { rm -f "$cache.tmp"*; return 1; }
    mv "$cache.tmp" "$cache"
    rm -f "$cache.tmp-wal" "$cache.tmp-shm"
    note "scale database generated in $((SECONDS - began)) s ($(du -m "$cache" | cut -f1) MB), cached in $cache"
  fi
  cp "$cache" "$1"
}
