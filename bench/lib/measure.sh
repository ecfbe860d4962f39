# Timing and memory helpers for bench/run.sh (sourced). Every figure is a median of repeated runs.
#
# Needs: $WORK (a scratch folder), $BENCH (the mlsd-bench binary), $HYPERFINE (set when hyperfine
# is used). Each measured command runs with stdin at EOF (/dev/null) and its output discarded.

# The median of the numbers on stdin, one per line ("nan" when there are none).
median() {
  sort -g | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "nan"; exit }
    if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# A command line hyperfine -N can split back into the same words.
quote_words() {
  local word out=""
  for word in "$@"; do out+="'${word//\'/\'\\\'\'}' "; done
  printf '%s' "${out% }"
}

# measure LABEL RUNS COMMAND...: times RUNS runs (after a warm-up) and appends `seconds status`
# lines to $WORK/LABEL.runs. Call it in rounds, alternating with what it is compared with, so a
# burst of load on a shared machine hits both sides alike.
measure() {
  local label=$1 runs=$2
  shift 2
  if [ -n "${HYPERFINE:-}" ]; then
    hyperfine -N -i --style none --warmup 1 --runs "$runs" --export-json "$WORK/$label.json" \
      "$(quote_words "$@")" >/dev/null 2>"$WORK/$label.hyperfine.err" \
      && "$BENCH" hyperfine-times "$WORK/$label.json" >>"$WORK/$label.runs"
  else
    "$BENCH" time --runs "$runs" --warmup 1 -- "$@" | awk '{ print $1, $3 }' >>"$WORK/$label.runs"
  fi
}

# The median seconds of everything measured under LABEL.
median_seconds() {
  awk '{ print $1 }' "$WORK/$1.runs" 2>/dev/null | median
}

# peak_rss COMMAND...: the median peak resident set size (KB) over three runs.
peak_rss() {
  local i
  for i in 1 2 3; do
    if [ -x /usr/bin/time ]; then
      /usr/bin/time -f %M -o "$WORK/rss.out" "$@" </dev/null >/dev/null 2>&1
      tail -n 1 "$WORK/rss.out"
    else
      "$BENCH" time --runs 1 --warmup 0 -- "$@" | awk '{ print $2 }'
    fi
  done | median
}

# probe COMMAND...: runs the command once, keeping its output in $WORK/probe.out, and returns its
# status. A status of 128 or more other than 130 (interrupted) means it crashed: recorded in
# $CRASHES, which makes the whole bench fail.
probe() {
  "$@" </dev/null >"$WORK/probe.out" 2>&1
  local status=$?
  if [ "$status" -ge 128 ] && [ "$status" -ne 130 ]; then
    CRASHES+=("$* (status $status)")
  fi
  return "$status"
}

# available COMMAND-NAME: true when this build of mlsd knows the command.
available() {
  "$MLSD" help "$1" </dev/null >/dev/null 2>&1
}

# Human units: seconds to µs/ms/s, kilobytes to MB.
fmt_seconds() {
  awk -v s="$1" 'BEGIN {
    if (s == "nan" || s == "") print "-"
    else if (s < 0.001) printf "%.0f µs\n", s * 1e6
    else if (s < 1) printf "%.1f ms\n", s * 1e3
    else printf "%.2f s\n", s }'
}

fmt_kb() {
  awk -v k="$1" 'BEGIN { if (k == "nan" || k == "") print "-"; else printf "%.1f MB\n", k / 1024 }'
}

# 10000 as 10,000, whatever the locale.
thousands() {
  printf '%d\n' "$1" | sed -e ':a' -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|,\)/\1,\2\3/' -e 'ta'
}

# ratio A B [DIGITS]: A / B.
ratio() {
  awk -v a="$1" -v b="$2" -v d="${3:-2}" 'BEGIN { if (b == 0 || a == "nan" || b == "nan") print "nan"; else printf "%.*f\n", d, a / b }'
}

# verdict VALUE OP LIMIT: PASS when VALUE OP LIMIT holds (OP is <= or >=), else OVER.
verdict() {
  awk -v v="$1" -v op="$2" -v l="$3" 'BEGIN {
    if (v == "nan") { print "n/a"; exit }
    ok = (op == "<=") ? (v + 0 <= l + 0) : (v + 0 >= l + 0)
    print ok ? "PASS" : "OVER" }'
}
