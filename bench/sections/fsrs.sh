# FSRS: scheduling throughput of MLSDCore's Scheduler against py-fsrs 6.3.2 on the same seeded
# histories (10,000 cards × 100 reviews, fuzz off), in the same run, and a card-by-card check
# that both end in the same state. Target: Swift at least 50× faster.

FSRS_CARDS=10000
FSRS_REVIEWS=100
FSRS_SWIFT_RUNS=3    # twice: before and after py-fsrs
FSRS_PYTHON_RUNS=3
FSRS_TARGET=50
PYFSRS_VERSION=6.3.2

section_fsrs() {
  echo "bench: FSRS scheduling" >&2
  local histories=$WORK/fsrs-histories.txt
  local label
  label="$(thousands "$FSRS_CARDS") cards × $FSRS_REVIEWS reviews"
  if ! "$BENCH" fsrs-histories --cards "$FSRS_CARDS" --reviews "$FSRS_REVIEWS" --seed 42 --out "$histories"; then
    row FSRS "histories" - - - - "failed to generate"
    return
  fi
  # Swift runs before and after py-fsrs, pooled, so a change of load during the long Python run
  # weighs on both sides of the ratio.
  local status
  swift_replay "$histories" before; status=$?
  if [ "$status" -ne 0 ]; then
    [ "$status" -ge 128 ] && CRASHES+=("mlsd-bench fsrs (status $status)")
    row FSRS "Swift Scheduler, $label" - - - - "failed (status $status)"
    return
  fi
  local reviews swift_rss
  reviews=$(awk '{ print $2; exit }' "$WORK/fsrs-swift-before.out")
  swift_rss=$(fmt_kb "$(cat "$WORK/fsrs-swift-before.rss")")

  local python py
  if ! python=$(pyfsrs_python); then
    local seconds
    seconds=$(swift_median)
    row FSRS "Swift Scheduler, $label (fuzz off)" "$(fmt_seconds "$seconds")" "$swift_rss" \
      "py-fsrs skipped: $python" "$(rate "$(ratio "$reviews" "$seconds" 0)") reviews/s" "n/a"
    note "FSRS: py-fsrs comparison skipped: $python"
    return
  fi
  py=$(rss_wrapped "$WORK/fsrs-python.rss" "$python" bench/fsrs/py_fsrs.py "$histories" "$FSRS_PYTHON_RUNS" \
    "$WORK/fsrs-python.states")
  status=$?
  swift_replay "$histories" after
  local swift_seconds
  swift_seconds=$(swift_median)
  if [ "$status" -ne 0 ] || [ -z "$py" ]; then
    row FSRS "Swift Scheduler, $label (fuzz off)" "$(fmt_seconds "$swift_seconds")" "$swift_rss" \
      "py-fsrs failed (status $status): $(tail -n 1 "$WORK/wrapped.err")" \
      "$(rate "$(ratio "$reviews" "$swift_seconds" 0)") reviews/s" "n/a"
    return
  fi
  local py_seconds r
  py_seconds=$(awk '{ print $1 }' <<<"$py")
  r=$(ratio "$py_seconds" "$swift_seconds" 0)
  row FSRS "Swift Scheduler, $label (fuzz off)" "$(fmt_seconds "$swift_seconds")" "$swift_rss" \
    "py-fsrs $PYFSRS_VERSION $(fmt_seconds "$py_seconds"), $(fmt_kb "$(cat "$WORK/fsrs-python.rss")")" \
    "${r}× (≥ ${FSRS_TARGET}×): $(rate "$(ratio "$reviews" "$swift_seconds" 0)") vs $(rate "$(ratio "$reviews" "$py_seconds" 0)") reviews/s" \
    "$(verdict "$r" ">=" "$FSRS_TARGET")"

  local same total first
  read -r same total first <<<"$(compare_states "$WORK/fsrs-swift.states" "$WORK/fsrs-python.states")"
  row FSRS "final states, Swift vs py-fsrs" - - "state, step, due, S, D (rel. 1e-9)" \
    "$same/$total cards identical" \
    "$([ "$same" = "$total" ] && [ "$total" -gt 0 ] && echo PASS || echo "DIFFER (first: card $first)")"
}

# swift_replay HISTORIES WHEN: $FSRS_SWIFT_RUNS timed replays; output in $WORK/fsrs-swift-WHEN.out.
swift_replay() {
  rss_wrapped "$WORK/fsrs-swift-$2.rss" "$BENCH" fsrs --histories "$1" --runs "$FSRS_SWIFT_RUNS" \
    --states "$WORK/fsrs-swift.states" >"$WORK/fsrs-swift-$2.out"
}

# The median over every Swift run, before and after py-fsrs (fields 5 onwards are per-run seconds).
swift_median() {
  cat "$WORK"/fsrs-swift-*.out | awk '{ for (i = 5; i <= NF; i++) print $i }' | median
}


# rss_wrapped RSS-FILE COMMAND...: runs the command once under GNU time when there is one, writing
# its peak RSS (KB) to RSS-FILE and echoing its stdout; returns its status.
rss_wrapped() {
  local file=$1
  shift
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f %M -o "$file.raw" "$@" </dev/null 2>"$WORK/wrapped.err"
    local status=$?
    tail -n 1 "$file.raw" >"$file"
    return $status
  fi
  echo nan >"$file"
  "$@" </dev/null 2>"$WORK/wrapped.err"
}

# A python with py-fsrs $PYFSRS_VERSION: a throwaway virtualenv under the system temp folder,
# kept between runs so later runs skip the install. Prints the reason and fails when impossible.
pyfsrs_python() {
  local venv=${TMPDIR:-/tmp}/mlsd-bench-pyfsrs-$PYFSRS_VERSION
  if "$venv/bin/python" -c "import fsrs, importlib.metadata as m; assert m.version('fsrs') == '$PYFSRS_VERSION'" 2>/dev/null; then
    echo "$venv/bin/python"
    return 0
  fi
  command -v python3 >/dev/null 2>&1 || { echo "python3 is not installed"; return 1; }
  rm -rf "$venv"
  echo "bench: installing py-fsrs $PYFSRS_VERSION into $venv" >&2
  python3 -m venv "$venv" >/dev/null 2>&1 || { echo "python3 cannot create a virtualenv (install python3-venv)"; return 1; }
  "$venv/bin/python" -m pip install -q "fsrs==$PYFSRS_VERSION" >"$WORK/pip.log" 2>&1 \
    || { echo "pip install fsrs==$PYFSRS_VERSION failed: $(tail -n 1 "$WORK/pip.log")"; return 1; }
  echo "$venv/bin/python"
}

# compare_states SWIFT PYTHON: `identical total first-differing-card`. Columns: state, step,
# stability, difficulty, due, last review; S and D may differ by a relative 1e-9, the rest not at all.
compare_states() {
  paste -d ' ' "$1" "$2" | awk '
    function differs(a, b,   d, m) {
      if (a == "nan" || b == "nan") return a != b
      d = a - b; if (d < 0) d = -d
      m = a < 0 ? -a : a
      return m > 0 ? d / m > 1e-9 : d > 1e-9
    }
    { total++
      if (NF == 12 && $1 == $7 && $2 == $8 && $5 == $11 && $6 == $12 && !differs($3, $9) && !differs($4, $10)) same++
      else if (!first) first = NR }
    END { print same + 0, total + 0, first + 0 }'
}

# rate N: reviews per second as "8.2 M" or "94 k".
rate() {
  awk -v n="$1" 'BEGIN { if (n >= 1e6) printf "%.1f M\n", n / 1e6; else if (n >= 1e3) printf "%.0f k\n", n / 1e3; else printf "%.0f\n", n }'
}
