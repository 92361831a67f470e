#!/usr/bin/env bash
# Field-level merge benchmark: builds the packaged service, starts it on a fresh embedded PostgreSQL,
# then (a) W colleagues save their own questions of ONE report, each on the version it last saw, and
# (b) R writers save the same question on the same version at once (see FieldMergeBenchmark).
# Usage: deploy/local/bench-merge.sh [writers] [rounds] [racers] [raceTrials]
set -euo pipefail
cd "$(dirname "$0")/../.."
writers="${1:-20}"; rounds="${2:-50}"; racers="${3:-50}"; trials="${4:-5}"
./mvnw -B -q package -DskipTests
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  -Dwriters="$writers" -Drounds="$rounds" -Dracers="$racers" -DraceTrials="$trials" \
  org.unesco.oer.bench.FieldMergeBenchmark
