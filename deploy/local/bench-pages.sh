#!/usr/bin/env bash
# Page load benchmark: builds the packaged service, starts it on a fresh embedded PostgreSQL and has
# N focal points work through the page endpoints (section pages, htmx autosave); see PageLoadBenchmark.
# Usage: deploy/local/bench-pages.sh [users] [seconds] [intervalMs]
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$ROOT"
users="${1:-200}"; seconds="${2:-60}"; interval="${3:-1000}"
run_benchmark PageLoadBenchmark package -Dusers="$users" -Dseconds="$seconds" -DintervalMs="$interval"
