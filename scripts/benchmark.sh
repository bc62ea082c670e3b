#!/usr/bin/env bash
# Runs the throughput benchmark (wpxliff vs Okapi, same JVM, whole corpus). Not a test.
# Usage: scripts/benchmark.sh [corpusDir] [warmupPasses] [timedPasses]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" net.wpxliff.bench.Benchmark "$@"
