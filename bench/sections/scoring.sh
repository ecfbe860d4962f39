# Scoring: the rubric scorer in process (mlsd-bench links MLSDCore): answers per second for a
# 300-word answer, then 10 KB, 100 KB and 1 MB answers (decimal, as mlsd score's limit), whose
# cost per KB should stay flat (linear growth); and `mlsd score` end to end.

SCORING_CASE=video-recommendation
SCORING_STEP=metrics
SCORING_ANSWER=bench/scoring/answer-300.txt
SCORING_RATE_TARGET=100      # 300-word answers per second: under 10 ms each keeps feedback instant
SCORING_LINEAR_TARGET=1.5    # per-KB cost of a bigger answer over that of the 10 KB one
SCORING_CLI_RUNS=10

section_scoring() {
  echo "bench: scoring" >&2
  "$BENCH" score --case "Data/cases/$SCORING_CASE.json" --pitfalls Data/pitfalls.json --step "$SCORING_STEP" \
    --answer "$SCORING_ANSWER" --sizes 10000,100000,1000000 >"$WORK/scoring.txt" 2>"$WORK/scoring.err"
  local status=$?
  if [ "$status" -eq 64 ]; then
    row Scoring "300-word answers, in process" - - - "≥ $SCORING_RATE_TARGET answers/s" "not available yet"
    row Scoring "10 KB / 100 KB / 1 MB answers, in process" - - - "per-KB cost ≤ ${SCORING_LINEAR_TARGET}× of 10 KB" "not available yet"
  elif [ "$status" -ne 0 ]; then
    [ "$status" -ge 128 ] && CRASHES+=("mlsd-bench score (status $status)")
    row Scoring "scorer, in process" - - - - "failed (status $status): $(tail -n 1 "$WORK/scoring.err")"
  else
    scoring_rows
  fi
  scoring_cli
}

# Lines from mlsd-bench score: `setup SECONDS`, `answer WORDS SECONDS PER-SECOND RUNS`,
# `size BYTES SECONDS RUNS` and `rss KB`.
scoring_rows() {
  local rss words seconds rate runs setup
  rss=$(awk '$1 == "rss" { print $2 }' "$WORK/scoring.txt")
  setup=$(awk '$1 == "setup" { print $2 }' "$WORK/scoring.txt")
  row Scoring "scorer setup for one step (compile the rubric)" "$(fmt_seconds "$setup")" - \
    "$SCORING_CASE / $SCORING_STEP" - "-"
  read -r _ words seconds rate runs <<<"$(grep '^answer ' "$WORK/scoring.txt")"
  row Scoring "$words-word answer, in process ($runs runs)" "$(fmt_seconds "$seconds")" "$(fmt_kb "$rss")" \
    "$(printf '%.0f' "$rate") answers/s" "≥ $SCORING_RATE_TARGET answers/s" "$(verdict "$rate" ">=" "$SCORING_RATE_TARGET")"
  local base_per_kb="" bytes per_kb r
  while read -r _ bytes seconds runs; do
    per_kb=$(awk -v s="$seconds" -v b="$bytes" 'BEGIN { print s / (b / 1000) }')
    if [ -z "$base_per_kb" ]; then
      base_per_kb=$per_kb
      row Scoring "$(size_name "$bytes") answer, in process ($runs runs)" "$(fmt_seconds "$seconds")" - \
        "$(fmt_seconds "$per_kb") per KB" "reference for per-KB cost" "-"
    else
      r=$(ratio "$per_kb" "$base_per_kb")
      row Scoring "$(size_name "$bytes") answer, in process ($runs runs)" "$(fmt_seconds "$seconds")" - \
        "$(fmt_seconds "$per_kb") per KB" "per-KB cost ${r}× of 10 KB (≤ ${SCORING_LINEAR_TARGET}×)" \
        "$(verdict "$r" "<=" "$SCORING_LINEAR_TARGET")"
    fi
  done < <(grep '^size ' "$WORK/scoring.txt")
}

# Sizes in decimal units, as `mlsd score` counts its 1 MB (1,000,000 bytes) limit.
size_name() {
  awk -v b="$1" 'BEGIN { if (b >= 999000) printf "%.0f MB\n", b / 1e6; else printf "%.0f KB\n", b / 1e3 }'
}

# `mlsd score --case C --step S --file F` end to end, on the 300-word answer and a 1 MB one.
scoring_cli() {
  if ! available score; then
    row Scoring "mlsd score (CLI), 300 words and 1 MB" - - - - "not available yet"
    return
  fi
  export MLSD_DB=$WORK/realistic.sqlite3
  local big=$WORK/answer-1mb.txt
  "$BENCH" score-answer --answer "$SCORING_ANSWER" --bytes 1000000 --out "$big" 2>/dev/null \
    || { row Scoring "mlsd score (CLI)" - - - - "cannot build a 1 MB answer"; return; }
  local file title status seconds rss
  for file in "$SCORING_ANSWER" "$big"; do
    title="mlsd score (CLI), $([ "$file" = "$big" ] && echo "1 MB" || echo "300-word") answer"
    probe "$MLSD" score --case "$SCORING_CASE" --step "$SCORING_STEP" --file "$file"; status=$?
    if [ "$status" -ne 0 ]; then
      row Scoring "$title" - - - - "failed (status $status): $(head -c 160 "$WORK/probe.out" | tr '\n' ' ')"
      continue
    fi
    measure "score-cli-$(basename "$file")" "$SCORING_CLI_RUNS" "$MLSD" score --case "$SCORING_CASE" --step "$SCORING_STEP" --file "$file"
    seconds=$(median_seconds "score-cli-$(basename "$file")")
    rss=$(peak_rss "$MLSD" score --case "$SCORING_CASE" --step "$SCORING_STEP" --file "$file")
    row Scoring "$title" "$(fmt_seconds "$seconds")" "$(fmt_kb "$rss")" "end to end, realistic db" - "-"
  done
}
