#!/usr/bin/env bash
# Field-level merge benchmark: builds the packaged service, starts it on a fresh embedded PostgreSQL,
# then (a) W colleagues save their own questions of ONE report, each on the version it last saw, and
# (b) R writers save the same question on the same version at once (see FieldMergeBenchmark).
# Usage: deploy/local/bench-merge.sh [writers] [rounds] [racers] [raceTrials]
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$ROOT"
writers="${1:-20}"; rounds="${2:-50}"; racers="${3:-50}"; trials="${4:-5}"
run_benchmark FieldMergeBenchmark package -Dwriters="$writers" -Drounds="$rounds" -Dracers="$racers" -DraceTrials="$trials"
