#!/usr/bin/env bash
# Runs the throughput benchmark (wpxliff vs Okapi, same JVM, whole corpus; then generated long posts). Not a test.
# Usage: scripts/benchmark.sh [corpusDir] [warmupPasses] [timedPasses]
#        scripts/benchmark.sh --startup [runs] [baseline]   (only the one-post fresh-JVM table, below)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"

# --- One post in a fresh JVM (issue 11): README's `./wpxliff export` (the launcher), merge, --version,
# --help, next to `java -version` and Okapi's Tikal-equivalent, median/min/max of N runs (default 10) each.
# Builds the jar and its AppCDS archive (target/wpxliff.jsa, which the launcher uses); plain java -jar rows too.
# With a third argument (--startup RUNS BASELINE: an earlier build's jar, or a launcher scripts/launcher-for.sh made
# for it), the baseline's --version, --help, export and merge run in the same rounds.
STARTUP_RUNS=10
STARTUP_BASELINE=()
if [[ "${1:-}" == "--startup" ]]; then STARTUP_RUNS="${2:-10}"; STARTUP_BASELINE=(${3:+target/wpxliff.jar "$3"}); fi
mvn -q -DskipTests package
java -cp "$CP" net.wpxliff.bench.StartupBenchmark "$STARTUP_RUNS" "${STARTUP_BASELINE[@]}"
if [[ "${1:-}" == "--startup" ]]; then exit 0; fi
echo
# --- end of the one-post block
# Parallel GC for both tools alike: a batch job wants throughput, and G1 on 2 cores adds noise.
java -Xmx2g -XX:+UseParallelGC -cp "$CP" net.wpxliff.bench.Benchmark "$@"
# --- Batch export against an earlier build (issue 11, exportfast2): both in this JVM, each in a class loader of its
# own, corpus passes interleaved; CPU per pass, the median paired ratio, and a check that every file's XLIFF is the
# same. Opt in with WPXLIFF_BENCH_EXPORT_BASELINE=DIR (a copy of target/classes, or a jar, of the earlier build).
if [ -n "${WPXLIFF_BENCH_EXPORT_BASELINE:-}" ]; then
  echo
  java -Xmx2g -XX:+UseParallelGC -cp "$CP" net.wpxliff.bench.ExportCompare "$WPXLIFF_BENCH_EXPORT_BASELINE" "${1:-../shared/corpus}" 4 21
fi
# --- end of the export-baseline block
# Issue 10: export leverage from a 100,000-unit TMX memory made from the corpus (export without and with --tm,
# in this JVM and in fresh -Xmx1g JVMs; match counts, peak heap). Skip with WPXLIFF_BENCH_SKIP_LEVERAGE=1;
# WPXLIFF_BENCH_LEVERAGE_SITE_ONLY=1 measures only the realistic site memory (the one issue 10's bar refers to).
if [ -z "${WPXLIFF_BENCH_SKIP_LEVERAGE:-}" ]; then
  echo
  java -Xmx2g -XX:+UseParallelGC -cp "$CP" net.wpxliff.bench.LeverageBenchmark \
    ${WPXLIFF_BENCH_LEVERAGE_SITE_ONLY:+--site-only} "${1:-../shared/corpus}"
fi
# --- export --tm's lookups alone (issue 10, tmfuzzy): the corpus's sentences against the site memory the block above
# wrote, in a fresh JVM: cold pass, warm passes, CPU by answer kind, a digest of every answer (equal across builds that
# answer alike). Opt in with WPXLIFF_BENCH_FUZZY_LOOKUPS=1.
if [ -n "${WPXLIFF_BENCH_FUZZY_LOOKUPS:-}" ]; then
  echo
  java -Xmx1g -cp "$CP" net.wpxliff.bench.FuzzyLookupBenchmark "${1:-../shared/corpus}"
fi
# --- Batch merge against an earlier build (issue 11, mergefast2): corpus merge passes of both builds interleaved in
# one JVM, each in a class loader of its own, median wall and CPU per pass and the ratio. Opt in with
# WPXLIFF_BENCH_MERGE_BASELINE=base.jar (a jar built before the change; its dependencies are shaded in).
if [ -n "${WPXLIFF_BENCH_MERGE_BASELINE:-}" ]; then
  echo
  java -Xmx2g -XX:+UseParallelGC -cp "target/test-classes:$(cat target/test-classpath.txt)" \
    net.wpxliff.bench.MergeInterleavedBenchmark "${1:-../shared/corpus}" 10 "$WPXLIFF_BENCH_MERGE_BASELINE" \
    "target/classes:$(cat target/test-classpath.txt)"
fi
# --- end of the merge-baseline block
# A 48 MB post (near the 64 MB input limit) in a JVM of its own: its XLIFF is about 300 MB. Since export streams
# the XLIFF and merge keeps units compactly (issue 11), 3 GB is enough (6 GB were needed before).
echo
java -Xmx${WPXLIFF_BENCH_LARGE_HEAP:-3g} -XX:+UseParallelGC -cp "$CP" net.wpxliff.bench.Benchmark --generated-mb 48

# --- Big-post memory (issue 11): the smallest -Xmx with which one generated post of 4 and 16 MB exports and
# merges through the CLI, each run a JVM of its own with the default collector (HeapBenchmark; sizes in MB as
# WPXLIFF_BENCH_HEAP_SIZES, e.g. "4 16 48"). Prints MB of heap per MB of post and the time per MB.
echo
# shellcheck disable=SC2086
java -Xmx256m -cp "$CP" net.wpxliff.bench.HeapBenchmark ${WPXLIFF_BENCH_HEAP_SIZES:-4 16}
