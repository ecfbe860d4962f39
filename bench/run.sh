#!/usr/bin/env bash
# `make bench`: mlsd against the physical limit and against its peers, in one run.
#
# Builds in release mode, then measures startup (against a minimal Swift + SQLite program), the
# scorer, the everyday commands on a 100,000-card database (against budgets, with query plans),
# and the FSRS scheduler (against py-fsrs). Prints one table and writes it to
# bench/results/latest.md. Every figure is a median of repeated runs, every ratio is measured in
# this run. Exits 0 unless something crashed or could not be built; commands that have not landed
# yet are reported as "not available yet".
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
export NO_COLOR=1

WORK=$(mktemp -d "${TMPDIR:-/tmp}/mlsd-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
# Never touch the user's own database, whatever a command does by default.
export XDG_DATA_HOME=$WORK/xdg
CRASHES=()

for file in bench/lib/*.sh bench/sections/*.sh; do
  # shellcheck source=/dev/null
  source "$file"
done

began=$SECONDS
LOAD_AT_START=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?')
setup_tools || exit 1
build || { echo "bench: the release build failed" >&2; exit 1; }
timings=" setup and build $((SECONDS - began)) s,"

# MLSD_BENCH_SECTIONS="scale" (any of startup scoring scale fsrs) runs only those sections.
for section in ${MLSD_BENCH_SECTIONS:-startup scoring scale fsrs}; do
  started=$SECONDS
  "section_$section"
  timings+=" $section $((SECONDS - started)) s,"
done
note "bench time $((SECONDS - began)) s:${timings%,}"
mkdir -p bench/results
write_report bench/results/latest.md
cp bench/results/latest.md "bench/results/$(date -u +%Y%m%d-%H%M%S).md"
# The raw material of the table: hyperfine exports, per-run times, query plans.
rm -rf bench/results/raw && mkdir -p bench/results/raw
cp "$WORK"/*.json "$WORK"/*.runs "$WORK"/plans.txt "$WORK"/scoring.txt bench/results/raw/ 2>/dev/null
echo
cat bench/results/latest.md

if [ ${#CRASHES[@]} -gt 0 ]; then
  printf '\nbench: crashed: %s\n' "${CRASHES[@]}" >&2
  exit 1
fi
exit 0
