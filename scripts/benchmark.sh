#!/usr/bin/env bash
# Runs the throughput benchmark (wpxliff vs Okapi, same JVM, whole corpus). Not a test.
# Usage: scripts/benchmark.sh [corpusDir] [warmupPasses] [timedPasses]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
# Parallel GC for both tools alike: a batch job wants throughput, and G1 on 2 cores adds noise.
exec java -Xmx2g -XX:+UseParallelGC -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" net.wpxliff.bench.Benchmark "$@"
