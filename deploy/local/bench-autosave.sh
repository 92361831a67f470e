#!/usr/bin/env bash
# Autosave load benchmark: builds the packaged service, starts it on a fresh embedded PostgreSQL
# and drives N concurrent focal points against it (see AutosaveBenchmark).
# Usage: deploy/local/bench-autosave.sh [users] [seconds] [intervalMs]
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$ROOT"
users="${1:-200}"; seconds="${2:-60}"; interval="${3:-1000}"
run_benchmark AutosaveBenchmark package -Dusers="$users" -Dseconds="$seconds" -DintervalMs="$interval"
