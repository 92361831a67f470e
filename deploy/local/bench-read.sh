#!/usr/bin/env bash
# Read benchmark: builds the packaged service, starts it (own durable PostgreSQL, 512 MiB limit), has 205
# states complete and submit reports with long answers, has C clients read them (GET report as the Secretariat), then the
# questionnaire; see ReportReadBenchmark. Extra java options go to the service:
#   SERVICE_JVM_ARGS="-Xmx256m" deploy/local/bench-read.sh 50 30
# --aot: the packaging for start-up (aot_packaging in common.sh): aot-jar, JDK 25, the JDK's AOT cache.
# Usage: deploy/local/bench-read.sh [--aot] [concurrency] [seconds]
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$ROOT"
if [ "${1:-}" = --aot ]; then aot_packaging; shift; fi
concurrency="${1:-50}"; seconds="${2:-30}"
run_benchmark ReportReadBenchmark package -Dconcurrency="$concurrency" -Dseconds="$seconds" -DserviceJvmArgs="${SERVICE_JVM_ARGS:-}"
