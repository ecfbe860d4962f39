# The results table for bench/run.sh (sourced): rows are collected as tab-separated lines, then
# printed as an aligned Markdown table and written to bench/results/latest.md.

TABLE_HEADER=$'area\tmeasurement\tmedian\tpeak RSS\tcompared with\tratio / budget\tresult'

# row AREA MEASUREMENT MEDIAN RSS COMPARED RATIO RESULT
row() {
  local IFS=$'\t'
  printf '%s\n' "$*" >>"$WORK/rows.tsv"
  printf '  %-9s %-44s %-10s %s\n' "$1" "$2" "$3" "$7" >&2
}

# note TEXT: a line printed under the table (warnings, skips).
note() {
  printf '%s\n' "$1" >>"$WORK/notes.txt"
  printf '  note: %s\n' "$1" >&2
}

# Columns padded to their widest cell, so the Markdown reads as a table in a terminal too. Widths
# count characters, not bytes (UTF-8 continuation bytes are left out), so "×" and "µ" line up in
# every awk, mawk included.
render_table() {
  { printf '%s\n' "$TABLE_HEADER"; cat "$WORK/rows.tsv" 2>/dev/null; } | awk -F'\t' '
    function chars(s,   t) { t = s; gsub(/[\200-\277]/, "", t); return length(t) }
    function pad(s, w,   out, i) { out = s; for (i = chars(s); i < w; i++) out = out " "; return out }
    { for (i = 1; i <= NF; i++) { cell[NR, i] = $i; w = chars($i); if (w > width[i]) width[i] = w }
      if (NF > columns) columns = NF; rows = NR }
    function line(r,   i, out) {
      out = "|"
      for (i = 1; i <= columns; i++) out = out " " pad(cell[r, i], width[i]) " |"
      return out
    }
    END {
      print line(1)
      out = "|"; for (i = 1; i <= columns; i++) { d = ""; for (j = 0; j < width[i] + 2; j++) d = d "-"; out = out d "|" }
      print out
      for (r = 2; r <= rows; r++) print line(r)
    }'
}

# write_report FILE: header, table and notes.
write_report() {
  {
    printf '# mlsd benchmark\n\n'
    printf -- '- date: %s\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
    printf -- '- commit: %s\n' "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null || echo ' (with local changes)')"
    printf -- '- machine: %s, %s cores\n' "$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || uname -m)" "$(nproc 2>/dev/null || echo '?')"
    printf -- '- timing: %s; peak RSS: %s; figures are medians\n' "$TIMER_NAME" "$RSS_NAME"
    printf -- '- load average (1 min) at start %s, at end %s: a shared machine makes wall times noisy, ratios less so\n' \
      "$LOAD_AT_START" "$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?')"
    printf '\n'
    render_table
    if [ -s "$WORK/notes.txt" ]; then
      printf '\n'
      sed 's/^/- /' "$WORK/notes.txt"
    fi
  } >"$1"
}
