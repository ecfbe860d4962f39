# Scale: the everyday commands on a heavy user's database (100,000 cards, 1,000,000 review-log
# rows, 10,000 sessions with their answers and point results), each against a budget, and the
# query plans of every statement the store runs.

SCALE_RUNS=5       # per round; three rounds

section_scale() {
  echo "bench: scale" >&2
  local db=$WORK/scale.sqlite3
  if ! scale_db "$db"; then
    row Scale "100,000-card database" - - - - "failed to generate"
    return
  fi
  export MLSD_DB=$db
  local first_case case_count
  first_case=$(sqlite3 "$db" "SELECT id FROM cases WHERE source = 'builtin' AND retired = 0 ORDER BY position LIMIT 1")
  case_count=$(thousands "$(sqlite3 "$db" "SELECT COUNT(*) FROM cases WHERE retired = 0")")
  mkdir -p "$WORK/export"

  #         title                                    command   budget (s)
  scale_cmd "mlsd due"                               due       0.020 "$MLSD" due
  scale_cmd "mlsd review, first card shown (EOF)"    review    0.050 "$MLSD" review
  scale_cmd "mlsd stats"                             stats     0.100 "$MLSD" stats
  scale_cmd "mlsd export, every case (temp dir)"     export    2.000 "$MLSD" export --out "$WORK/export" --force
  scale_cmd "mlsd practice, first prompt (EOF)"      practice  0.050 "$MLSD" practice "$first_case"
  scale_cmd "mlsd cases ($case_count cases)"         cases     0.050 "$MLSD" cases
  scale_cmd "mlsd (dashboard)"                       ""        0.050 "$MLSD"

  query_plans "$db"
}

# scale_cmd TITLE COMMAND-NAME BUDGET-SECONDS COMMAND...
#
# A first run records the SQL the command prepares (bench/sqltrace) and tells how slow it is. A
# command that takes a second or more is then run a few times by mlsd-bench, which takes the time
# and the peak RSS from the same runs, so a 40-second export does not stretch the bench by minutes.
scale_cmd() {
  local title=$1 name=$2 budget=$3
  shift 3
  local budget_text="budget $(fmt_seconds "$budget")"
  if [ -n "$name" ] && ! available "$name"; then
    row Scale "$title" - - - "$budget_text" "not available yet"
    return
  fi
  local label="scale-${name:-dashboard}" recorder=() status started first
  if [ -n "${SQLTRACE:-}" ]; then
    mkdir -p "$WORK/sql"
    recorder=(env "LD_PRELOAD=$SQLTRACE" "MLSD_BENCH_SQL_LOG=$WORK/sql/${name:-dashboard}.sql.log")
  fi
  started=$(date +%s.%N)
  probe "${recorder[@]}" "$@"; status=$?
  first=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')
  if [ "$status" -ge 128 ] && [ "$status" -ne 130 ]; then
    row Scale "$title" - - - "$budget_text" "CRASH (status $status)"
    return
  fi

  # Where the startup section has the command's query, the baseline runs it here too: it tells a
  # slow query from slow Swift around it.
  local baseline=()
  case $name in
    due) baseline=("$BASELINE" "$MLSD_DB" "$DUE_SQL" "${DUE_PARAMETERS[@]}") ;;
    cases) baseline=("$BASELINE" "$MLSD_DB" "$CASES_SQL") ;;
  esac
  local seconds rss runs round
  if [ "$(verdict "$first" ">=" 1)" = PASS ]; then
    runs=$(awk -v f="$first" 'BEGIN { r = int(30 / f); print (r < 2 ? 2 : (r > 5 ? 5 : r)) }')
    "$BENCH" time --runs "$runs" --warmup 0 -- "$@" >"$WORK/$label.slow"
    awk '{ print $1, $3 }' "$WORK/$label.slow" >"$WORK/$label.runs"
    seconds=$(median_seconds "$label")
    rss=$(awk '{ print $2 }' "$WORK/$label.slow" | median)
    [ ${#baseline[@]} -gt 0 ] && measure "$label-baseline" "$SCALE_RUNS" "${baseline[@]}"
  else
    for round in 1 2 3; do
      measure "$label" "$SCALE_RUNS" "$@"
      [ ${#baseline[@]} -gt 0 ] && measure "$label-baseline" "$SCALE_RUNS" "${baseline[@]}"
    done
    runs=$((3 * SCALE_RUNS))
    seconds=$(median_seconds "$label")
    rss=$(peak_rss "$@")
  fi
  local compared="$runs runs, exit status $status" versus=""
  if [ ${#baseline[@]} -gt 0 ]; then
    local base
    base=$(median_seconds "$label-baseline")
    compared="baseline $(fmt_seconds "$base") (same query); $compared"
    versus="; $(ratio "$seconds" "$base")× baseline"
  fi
  row Scale "$title" "$(fmt_seconds "$seconds")" "$(fmt_kb "$rss")" "$compared" "$budget_text$versus" \
    "$(verdict "$seconds" "<=" "$budget")"
}

# EXPLAIN QUERY PLAN of every SQL literal in Sources/MLSDStore and every statement the commands
# above ran, against the scale database; a SCAN of a table with 10,000 rows or more is a warning.
query_plans() {
  local db=$1
  local captured=()
  [ -d "$WORK/sql" ] && captured=(--captured "$WORK/sql")
  if ! "$BENCH" query-plans --db "$db" --sources Sources/MLSDStore "${captured[@]}" >"$WORK/plans.txt" 2>&1; then
    row Scale "query plans" - - - - "failed: $(tail -n 1 "$WORK/plans.txt")"
    return
  fi
  local checked warnings skipped line
  read -r _ checked _ warnings _ skipped <<<"$(tail -n 1 "$WORK/plans.txt")"
  while IFS= read -r line; do
    note "query plan warning: ${line#WARN }"
  done < <(grep '^WARN' "$WORK/plans.txt")
  [ ${#captured[@]} -eq 0 ] && note "query plans: statements from the sources only (bench/sqltrace could not be built)"
  row Scale "query plans of $checked statements (sources + runs)" - - "$skipped not preparable alone" \
    "$warnings SCAN of a big table" "$([ "$warnings" -eq 0 ] && echo PASS || echo WARN)"
}
