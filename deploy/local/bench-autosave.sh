#!/usr/bin/env bash
# Autosave load benchmark: builds the packaged service, starts it on a fresh embedded PostgreSQL
# and drives N concurrent focal points against it (see AutosaveBenchmark).
# Usage: deploy/local/bench-autosave.sh [users] [seconds] [intervalMs]
set -euo pipefail
cd "$(dirname "$0")/../.."
users="${1:-200}"; seconds="${2:-60}"; interval="${3:-1000}"
./mvnw -B -q package -DskipTests
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  -Dusers="$users" -Dseconds="$seconds" -DintervalMs="$interval" \
  org.unesco.oer.bench.AutosaveBenchmark
