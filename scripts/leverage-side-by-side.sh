#!/usr/bin/env bash
# Issue 10's bar measured as a user runs it: an export of the corpus (the 349 files LeverageBenchmark exports, -j 2,
# -Xmx1g) in fresh JVMs, without and with `--tm` (the site memory LeverageBenchmark wrote), for one or more builds
# round robin, so that every build meets the same drift of this VM's speed. A build is a jar, run as
# `java -Xmx1g -jar BUILD.jar export …`, or a launcher such as README's `./wpxliff`, run as `./wpxliff export …` with
# WPXLIFF_JAVA_OPTS=-Xmx1g. Each build gets its own copy of the memory and its cached index. Prints each run, then
# per build the median wall and CPU (user + system, all threads) without and with --tm, what --tm adds, the median of
# each round's own ratio, and the highest peak RSS of its --tm runs (with GNU time).
# Usage: scripts/leverage-side-by-side.sh [RUNS] [BUILD ...]   (defaults: 10 runs; ./wpxliff)
#        e.g. scripts/leverage-side-by-side.sh 10 ./wpxliff target/wpxliff.jar   (the launcher against plain java -jar)
#        run `scripts/benchmark.sh` (or LeverageBenchmark --site-only) first: it writes the memory.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-10}"
shift || true
BUILDS=("$@")
[ ${#BUILDS[@]} -eq 0 ] && BUILDS=(./wpxliff)
MEMORY=target/leverage-bench/memory-100k-site.tmx
[ -f "$MEMORY" ] && [ -f target/test-classpath.txt ] \
  || { echo "no $MEMORY or target/test-classpath.txt: run scripts/benchmark.sh (LeverageBenchmark) first" >&2; exit 1; }
CORPUS="${WPXLIFF_CORPUS:-../shared/corpus}"
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mapfile -t FILES < <(java -cp "$CP" net.wpxliff.bench.LeverageBenchmark --files "$CORPUS")
for b in "${!BUILDS[@]}"; do cp "$MEMORY" "$WORK/m$b.tmx"; done
TIMEFORMAT='%R %U %S'
# the command line that runs build $1: a jar by plain java, anything else as a launcher
launch() { if [[ "$1" == *.jar ]]; then echo java -Xmx1g -jar "$1"; else echo env WPXLIFF_JAVA_OPTS=-Xmx1g "$1"; fi; }
for run in $(seq "$RUNS"); do
  for b in "${!BUILDS[@]}"; do
    for mode in plain tm; do
      rm -rf "$WORK/out"
      memory=(); [ "$mode" = tm ] && memory=(--tm "$WORK/m$b.tmx")
      # the first --tm run of a build writes its cached index: an untimed run before the timed ones
      if [ "$run" = 1 ] && [ "$mode" = tm ] && [ ! -f "$WORK/m$b.tmx.idx" ]; then
        $(launch "${BUILDS[$b]}") export -o "$WORK/out" -j 2 "${FILES[@]}" "${memory[@]}" >/dev/null 2>&1
        rm -rf "$WORK/out"
      fi
      # wall, user and system CPU, peak RSS (KB) by GNU time; without it bash's time and no RSS
      if [ -x /usr/bin/time ]; then
        /usr/bin/time -o "$WORK/time.txt" -f '%e %U %S %M' $(launch "${BUILDS[$b]}") export -o "$WORK/out" -j 2 \
          "${FILES[@]}" "${memory[@]}" >/dev/null 2>&1
        t=$(tail -n 1 "$WORK/time.txt")
      else
        t="$( { time $(launch "${BUILDS[$b]}") export -o "$WORK/out" -j 2 "${FILES[@]}" "${memory[@]}" \
               >/dev/null 2>&1; } 2>&1 ) 0"
      fi
      set -- $t
      echo "run $run ${BUILDS[$b]} $mode wall $1 cpu $(awk -v u="$2" -v s="$3" 'BEGIN { print u + s }') rss_mb $(( $4 / 1024 ))" \
        | tee -a "$WORK/runs.txt"
    done
  done
done
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for b in "${!BUILDS[@]}"; do
  build="${BUILDS[$b]}"
  pw=$(awk -v B="$build" '$3 == B && $4 == "plain" { print $6 }' "$WORK/runs.txt" | median)
  tw=$(awk -v B="$build" '$3 == B && $4 == "tm" { print $6 }' "$WORK/runs.txt" | median)
  pc=$(awk -v B="$build" '$3 == B && $4 == "plain" { print $8 }' "$WORK/runs.txt" | median)
  tc=$(awk -v B="$build" '$3 == B && $4 == "tm" { print $8 }' "$WORK/runs.txt" | median)
  rss=$(awk -v B="$build" '$3 == B && $4 == "tm" { print $10 }' "$WORK/runs.txt" | sort -n | tail -n 1)
  paired=$(awk -v B="$build" '$3 == B { w[$2, $4] = $6 } END { for (k in w) { split(k, p, SUBSEP); if (p[2] == "tm") print w[p[1], "tm"] / w[p[1], "plain"] } }' \
    "$WORK/runs.txt" | median)
  awk -v b="$build" -v n="$RUNS" -v pw="$pw" -v tw="$tw" -v pc="$pc" -v tc="$tc" -v pr="$paired" -v rss="$rss" 'BEGIN {
    printf "%s, median of %d: wall %.2f s plain, %.2f s --tm (%+.1f%%); cpu %.2f s, %.2f s (%+.1f%%); paired wall %+.1f%%; --tm peak RSS %s MB\n",
      b, n, pw, tw, 100 * (tw / pw - 1), pc, tc, 100 * (tc / pc - 1), 100 * (pr - 1), (rss > 0 ? rss : "?") }'
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
