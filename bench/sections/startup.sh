# Startup: an mlsd command on a realistic database against the physical limit, a minimal Swift
# program (bench/baseline/main.swift) that loads Foundation, opens the file the way mlsd does and
# runs the command's own query. Target: mlsd within 1.5× of it.

# The queries behind each command, as the store runs them (keep in step with Sources/MLSDStore).
# CaseRepository.summaries:
CASES_SQL="SELECT c.id, c.title, c.difficulty, c.tags, c.source,
       COUNT(s.id), MAX(s.overall), MAX(s.started_at)
FROM cases c LEFT JOIN sessions s ON s.case_id = c.id
WHERE c.retired = 0
GROUP BY c.id
ORDER BY c.source, c.position, c.id"

# CardRepository.dueCounts, the query behind `mlsd due`'s counts (due now, before the end of today,
# within the week); mlsd also counts new cards, two cheap queries the baseline leaves out.
DUE_SQL="SELECT COALESCE(SUM(c.due <= ?1), 0), COALESCE(SUM(c.due < ?2), 0), COUNT(*)
FROM cards c WHERE c.suspended = 0 AND c.retired = 0 AND c.reps > 0 AND c.due < ?3"
DUE_PARAMETERS=(now now+86400 now+604800)

STARTUP_TARGET=1.5
STARTUP_ROUNDS=5
STARTUP_RUNS=20

section_startup() {
  echo "bench: startup" >&2
  local db=$WORK/realistic.sqlite3
  # A few months of use: the built-in cases practised 60 times, 600 cards, 6,000 reviews.
  if ! generate_db "$db" 600 6000 60; then
    row Startup "realistic database" - - - - "failed to generate"
    return
  fi
  export MLSD_DB=$db
  startup_pair cases "mlsd cases" "$CASES_SQL"
  if [ -n "${DUE_SQL:-}" ] && available due; then
    startup_pair due "mlsd due" "$DUE_SQL" "${DUE_PARAMETERS[@]}"
  else
    row Startup "mlsd due (realistic db)" - - - - "not available yet"
  fi
}

# startup_pair COMMAND TITLE SQL [PARAMETER ...]
startup_pair() {
  local command=$1 title=$2 sql=$3
  shift 3
  local status
  probe "$MLSD" "$command"; status=$?
  if [ "$status" -ne 0 ]; then
    row Startup "$title (realistic db)" - - - - "failed (status $status)"
    return
  fi
  probe "$BASELINE" "$MLSD_DB" "$sql" "$@"; status=$?
  if [ "$status" -ne 0 ]; then
    row Startup "$title (realistic db)" - - - - "baseline failed: $(head -c 200 "$WORK/probe.out")"
    return
  fi
  local round
  for round in $(seq "$STARTUP_ROUNDS"); do
    measure "startup-mlsd-$command" "$STARTUP_RUNS" "$MLSD" "$command"
    measure "startup-base-$command" "$STARTUP_RUNS" "$BASELINE" "$MLSD_DB" "$sql" "$@"
  done
  local mine base mine_rss base_rss r
  mine=$(median_seconds "startup-mlsd-$command")
  base=$(median_seconds "startup-base-$command")
  mine_rss=$(peak_rss "$MLSD" "$command")
  base_rss=$(peak_rss "$BASELINE" "$MLSD_DB" "$sql" "$@")
  r=$(ratio "$mine" "$base")
  row Startup "$title (realistic db)" "$(fmt_seconds "$mine")" "$(fmt_kb "$mine_rss")" \
    "baseline $(fmt_seconds "$base"), $(fmt_kb "$base_rss")" "${r}× (≤ ${STARTUP_TARGET}×)" \
    "$(verdict "$r" "<=" "$STARTUP_TARGET")"
}
