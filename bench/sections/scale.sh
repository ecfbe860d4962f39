# Scale: the everyday commands on a heavy user's database (100,000 cards, 1,000,000 review-log
# rows, 10,000 sessions with their answers and point results), each against a budget and against
# its own queries run alone by the baseline program, and the query plans of every statement the
# store runs.

SCALE_RUNS=5       # per round; three rounds

# Each command's queries as the store runs them (keep in step with Sources/MLSDStore). The
# baseline runs them alone: that tells a slow query from slow Swift around it.
CARD_COLUMNS="c.id, c.kind, c.case_id, c.step, c.point_id, c.state, c.step_index, c.stability, c.difficulty,
  c.due, c.last_review, c.reps, c.lapses, c.suspended, c.created_at, c.retired"
REVIEW_SQL="SELECT c.id, c.stability, c.last_review, c.due FROM cards c
WHERE c.suspended = 0 AND c.retired = 0 AND c.reps > 0 AND c.due <= ?1;
SELECT $CARD_COLUMNS FROM cards c WHERE c.suspended = 0 AND c.retired = 0 AND c.reps = 0 AND c.due <= ?1
ORDER BY c.created_at, c.id LIMIT 20"
CATALOG_SQL="SELECT id, title, difficulty FROM cases WHERE retired = 0 ORDER BY source, position, id"
STATS_SQL="$CATALOG_SQL;
SELECT slot * 900, reviews FROM activity_slots ORDER BY slot;
SELECT state_before, rating, reviews FROM review_totals WHERE reviews > 0;
SELECT c.due FROM cards c WHERE c.suspended = 0 AND c.retired = 0 AND c.reps > 0 AND c.due < ?1;
SELECT case_id, step, best FROM case_step_best;
SELECT s.case_id, s.overall, COALESCE(c.title, s.case_id)
FROM sessions s INDEXED BY sessions_scores LEFT JOIN cases c ON c.id = s.case_id ORDER BY s.case_id, s.started_at, s.id"
LATEST_SESSIONS="SELECT id FROM sessions ORDER BY started_at DESC, id DESC LIMIT 50"
HISTORY_SQL="SELECT s.id, s.case_id, COALESCE(c.title, s.case_id), s.status, s.steps, s.started_at, s.finished_at, s.overall
FROM sessions s LEFT JOIN cases c ON c.id = s.case_id WHERE s.id IN ($LATEST_SESSIONS) ORDER BY s.started_at, s.id;
SELECT a.session_id, a.step, a.kind, a.score, a.level, a.skipped, a.seconds FROM answers a
WHERE a.session_id IN ($LATEST_SESSIONS) ORDER BY a.session_id, a.created_at, a.id"
EXPORT_CASE_SQL="SELECT a.id, a.session_id, a.step, a.kind, a.question, a.text, a.score, a.level, a.skipped, a.hints_used,
  a.seconds, a.feedback, a.created_at FROM answers a JOIN sessions s ON s.id = a.session_id WHERE s.case_id = ?1;
SELECT point_id, title, why, weight, position FROM points WHERE case_id = ?1;
SELECT pr.answer_id, pr.point_id, pr.outcome, COALESCE(pr.evidence, '')
FROM sessions s JOIN answers a ON a.session_id = s.id
JOIN point_results pr INDEXED BY sqlite_autoindex_point_results_1 ON pr.answer_id = a.id
WHERE s.case_id = ?1 AND pr.case_id = ?1"
# Every case's export reads the same over the whole history.
EXPORT_ALL_SQL="SELECT a.id, a.session_id, a.step, a.kind, a.question, a.text, a.score, a.level, a.skipped, a.hints_used,
  a.seconds, a.feedback, a.created_at FROM answers a;
SELECT point_id, title, why, weight, position FROM points;
SELECT pr.answer_id, pr.point_id, pr.outcome, COALESCE(pr.evidence, '')
FROM answers a JOIN point_results pr INDEXED BY sqlite_autoindex_point_results_1 ON pr.answer_id = a.id"
DASHBOARD_SQL="$CATALOG_SQL;
SELECT k.id FROM cases k WHERE EXISTS (SELECT 1 FROM sessions s WHERE s.case_id = k.id
  AND EXISTS (SELECT 1 FROM answers a WHERE a.session_id = s.id));
SELECT COALESCE(SUM(c.due <= ?1), 0), COALESCE(SUM(c.due < ?1), 0), COUNT(*)
FROM cards c WHERE c.suspended = 0 AND c.retired = 0 AND c.reps > 0 AND c.due < ?1 + 1;
SELECT COUNT(*) FROM cards c WHERE c.suspended = 0 AND c.retired = 0 AND c.reps = 0 AND c.due <= ?1"

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
  # The case with the most sessions: the largest single export.
  BUSIEST=$(sqlite3 "$db" "SELECT case_id FROM sessions GROUP BY case_id ORDER BY COUNT(*) DESC, case_id LIMIT 1")
  case_count=$(thousands "$(sqlite3 "$db" "SELECT COUNT(*) FROM cases WHERE retired = 0")")
  mkdir -p "$WORK/export"

  #         title                                    label        budget (s) RSS (MB) command
  scale_cmd "mlsd due"                               due          0.020      -   "$MLSD" due
  scale_cmd "mlsd review, first card shown (EOF)"    review       0.050      -   "$MLSD" review
  scale_cmd "mlsd stats"                             stats        0.150      -   "$MLSD" stats
  scale_cmd "mlsd history, first page"               history      0.050      -   "$MLSD" history
  scale_cmd "mlsd export, the busiest case (stdout)" export-case  0.200      -   "$MLSD" export --case "$BUSIEST" --out -
  scale_cmd "mlsd export, every case (temp dir)"     export       5.000      100 "$MLSD" export --out "$WORK/export" --force
  scale_cmd "mlsd practice, first prompt (EOF)"      practice     0.050      -   "$MLSD" practice "$first_case"
  scale_cmd "mlsd cases ($case_count cases)"         cases        0.050      -   "$MLSD" cases
  scale_cmd "mlsd (dashboard)"                       dashboard    0.050      -   "$MLSD"

  query_plans "$db"
}

# scale_cmd TITLE LABEL BUDGET-SECONDS RSS-BUDGET-MB COMMAND...
#
# A first run records the SQL the command prepares (bench/sqltrace) and tells how slow it is. A
# command that takes a second or more is then run a few times by mlsd-bench, which takes the time
# and the peak RSS from the same runs, so a 40-second export does not stretch the bench by minutes.
# LABEL names the figures and the baseline; the command is the label up to its first '-'.
scale_cmd() {
  local title=$1 label=$2 budget=$3 rss_budget=$4
  shift 4
  local name=${label%%-*}
  [ "$name" = dashboard ] && name=""
  local budget_text="budget $(fmt_seconds "$budget")"
  [ "$rss_budget" != - ] && budget_text+=", ${rss_budget} MB"
  if [ -n "$name" ] && ! available "$name"; then
    row Scale "$title" - - - "$budget_text" "not available yet"
    return
  fi
  local status started first recorder=()
  if [ -n "${SQLTRACE:-}" ]; then
    mkdir -p "$WORK/sql"
    recorder=(env "LD_PRELOAD=$SQLTRACE" "MLSD_BENCH_SQL_LOG=$WORK/sql/$label.sql.log")
  fi
  started=$(date +%s.%N)
  probe "${recorder[@]}" "$@"; status=$?
  first=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')
  if [ "$status" -ge 128 ] && [ "$status" -ne 130 ]; then
    row Scale "$title" - - - "$budget_text" "CRASH (status $status)"
    return
  fi

  local baseline=()
  case $label in
    due) baseline=("$BASELINE" "$MLSD_DB" "$DUE_SQL" "${DUE_PARAMETERS[@]}") ;;
    review) baseline=("$BASELINE" "$MLSD_DB" "$REVIEW_SQL" now) ;;
    stats) baseline=("$BASELINE" "$MLSD_DB" "$STATS_SQL" now+2764800) ;;
    history) baseline=("$BASELINE" "$MLSD_DB" "$HISTORY_SQL") ;;
    export-case) baseline=("$BASELINE" "$MLSD_DB" "$EXPORT_CASE_SQL" "$BUSIEST") ;;
    export) baseline=("$BASELINE" "$MLSD_DB" "$EXPORT_ALL_SQL") ;;
    cases) baseline=("$BASELINE" "$MLSD_DB" "$CASES_SQL") ;;
    dashboard) baseline=("$BASELINE" "$MLSD_DB" "$DASHBOARD_SQL" now) ;;
  esac
  label="scale-$label"
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
    compared="baseline $(fmt_seconds "$base") (its queries alone); $compared"
    versus="; $(ratio "$seconds" "$base")× baseline"
  fi
  local result
  result=$(verdict "$seconds" "<=" "$budget")
  if [ "$rss_budget" != - ] && [ "$result" = PASS ]; then
    result=$(verdict "$rss" "<=" "$((rss_budget * 1024))")
  fi
  row Scale "$title" "$(fmt_seconds "$seconds")" "$(fmt_kb "$rss")" "$compared" "$budget_text$versus" "$result"
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
