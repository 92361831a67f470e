#!/usr/bin/env bash
# Page load benchmark: builds the packaged service, starts it on a fresh embedded PostgreSQL and has
# N focal points work through the page endpoints (section pages, htmx autosave); see PageLoadBenchmark.
# Usage: deploy/local/bench-pages.sh [users] [seconds] [intervalMs]
set -euo pipefail
cd "$(dirname "$0")/../.."
users="${1:-200}"; seconds="${2:-60}"; interval="${3:-1000}"
./mvnw -B -q package -DskipTests
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  -Dusers="$users" -Dseconds="$seconds" -DintervalMs="$interval" \
  org.unesco.oer.bench.PageLoadBenchmark
