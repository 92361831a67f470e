#!/usr/bin/env bash
# Start-up benchmark: builds the packaged service, starts its own durable PostgreSQL and the service
# (512 MiB limit), then restarts the service N times on the running database and times java -jar →
# ready; see StartupBenchmark. Extra java options go to the service:
#   SERVICE_JVM_ARGS="-XX:TieredStopAtLevel=1" deploy/local/bench-startup.sh 7
# --aot: the packaging for start-up (see the README's "Start-up"): the aot-jar package, a JDK 25 or
# newer (JAVA_HOME or one under /usr/lib/jvm), and the JDK's AOT cache made by a training run first.
# Usage: deploy/local/bench-startup.sh [--aot] [runs]
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$ROOT"
aot=false
if [ "${1:-}" = --aot ]; then
  aot=true
  shift
  jdk="$(find_java 25)" || { echo "--aot needs a JDK 25 or newer (set JAVA_HOME)" >&2; exit 1; }
  export BENCH_JAVA="$jdk/bin/java" BENCH_PACKAGE_ARGS="-Dquarkus.package.jar.type=aot-jar"
  echo "AOT: $("$BENCH_JAVA" -version 2>&1 | head -1), aot-jar packaging"
fi
runs="${1:-7}"
run_benchmark StartupBenchmark package -Druns="$runs" -Daot="$aot" -DserviceJvmArgs="${SERVICE_JVM_ARGS:-}"
