#!/usr/bin/env bash
# Export benchmarks P1 (synthesis of 206 states from PostgreSQL vs raw SXSSF) and P2 (20,000
# synthetic reports) in one JVM limited to 256 MB of heap (see ExportBenchmark).
# Usage: deploy/local/bench-export.sh [extra -D settings, e.g. -Dp2Sizes=2000,20000]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
java -Xmx256m -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" "$@" \
  org.unesco.oer.bench.ExportBenchmark
