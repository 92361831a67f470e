#!/usr/bin/env bash
# Start-up benchmark: builds the packaged service, starts its own durable PostgreSQL and the service
# (512 MiB limit), then restarts the service N times on the running database and times java -jar →
# ready; see StartupBenchmark. Extra java options go to the service:
#   SERVICE_JVM_ARGS="-XX:TieredStopAtLevel=1" deploy/local/bench-startup.sh 7
# --aot: the packaging for start-up (aot_packaging in common.sh): aot-jar, JDK 25, the JDK's AOT cache.
# Usage: deploy/local/bench-startup.sh [--aot] [runs]
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$ROOT"
if [ "${1:-}" = --aot ]; then aot_packaging; shift; fi
runs="${1:-7}"
run_benchmark StartupBenchmark package -Druns="$runs" -DserviceJvmArgs="${SERVICE_JVM_ARGS:-}"
