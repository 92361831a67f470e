# Shared settings of the local full-stack scripts (sourced, not run).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
KEYCLOAK_VERSION="${KEYCLOAK_VERSION:-26.5.6}"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
SERVICE_PORT="${SERVICE_PORT:-8080}"
MANAGEMENT_PORT="${MANAGEMENT_PORT:-9000}"
# One host name everywhere: the token issuer is built from it.
OER_HOST="${OER_HOST:-localhost}"
CACHE_DIR="${OER_CACHE_DIR:-$HOME/.cache/oer-reporting}"
RUN_DIR="${OER_RUN_DIR:-$ROOT/target/local}"
KC_HOME="$CACHE_DIR/keycloak-$KEYCLOAK_VERSION"
mkdir -p "$CACHE_DIR" "$RUN_DIR"

# A JDK 21 or newer for Keycloak: KEYCLOAK_JAVA_HOME, else JAVA_HOME, else one under /usr/lib/jvm.
find_keycloak_java() {
  find_java 21 "${KEYCLOAK_JAVA_HOME:-}"
}

# The home of a JDK of at least the given major version: the given home, else JAVA_HOME, else one
# under /usr/lib/jvm, /opt/java or SDKMAN's. Usage: find_java <major> [preferred home]
find_java() {
  local wanted="$1" candidates=()
  [ -n "${2:-}" ] && candidates+=("$2")
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for d in /usr/lib/jvm/* /opt/java/* "$HOME"/.sdkman/candidates/java/*; do [ -d "$d" ] && candidates+=("$d"); done
  for home in "${candidates[@]}"; do
    [ -x "$home/bin/java" ] || continue
    local major
    major=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    if [ -n "$major" ] && [ "${major%%.*}" -ge "$wanted" ] 2>/dev/null; then
      echo "$home"
      return 0
    fi
  done
  return 1
}

wait_for_url() { # url seconds name
  local url="$1" seconds="$2" name="$3"
  for _ in $(seq 1 "$seconds"); do
    if curl -sf -o /dev/null "$url"; then return 0; fi
    sleep 1
  done
  echo "$name did not answer on $url within $seconds s; see $RUN_DIR" >&2
  return 1
}

# The packaging for start-up (--aot of the bench scripts; the README's "Start-up in under 3 s"):
# the aot-jar package and a JDK 25 or newer, which runs the benchmark and so the service; the
# benchmark makes the JDK's AOT cache with a training run first (AotCache). Sets BENCH_AOT=true.
aot_packaging() {
  local jdk
  jdk="$(find_java 25)" || { echo "--aot needs a JDK 25 or newer (set JAVA_HOME)" >&2; exit 1; }
  export BENCH_JAVA="$jdk/bin/java" BENCH_PACKAGE_ARGS="-Dquarkus.package.jar.type=aot-jar" BENCH_AOT=true
  echo "AOT packaging: $("$BENCH_JAVA" -version 2>&1 | head -1), aot-jar"
}

# Runs a benchmark main class of the test sources (org.unesco.oer.bench.<name>) with the test
# classpath, after building what it needs: "package" when it starts the packaged service, else
# "test-compile". BENCH_PACKAGE_ARGS adds Maven options to the package build, BENCH_JAVA names the
# java that runs the benchmark (and so the service). Usage: run_benchmark <Name> <package|test-compile> [java options...]
run_benchmark() {
  local name="$1" build="$2"; shift 2
  # shellcheck disable=SC2086
  if [ "$build" = package ]; then ./mvnw -B -q package -DskipTests ${BENCH_PACKAGE_ARGS:-}; else ./mvnw -B -q test-compile; fi
  ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
  "${BENCH_JAVA:-java}" -Daot="${BENCH_AOT:-false}" "$@" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" "org.unesco.oer.bench.$name"
}
