#!/usr/bin/env bash
# Export benchmarks P1 (synthesis of 206 states from PostgreSQL vs raw SXSSF) and P2 (20,000
# synthetic reports) in one JVM limited to 256 MB of heap (see ExportBenchmark).
# Usage: deploy/local/bench-export.sh [extra -D settings, e.g. -Dp2Sizes=2000,20000]
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$ROOT"
run_benchmark ExportBenchmark test-compile -Xmx256m "$@"
