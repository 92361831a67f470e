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
  local candidates=()
  [ -n "${KEYCLOAK_JAVA_HOME:-}" ] && candidates+=("$KEYCLOAK_JAVA_HOME")
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for d in /usr/lib/jvm/* /opt/java/* "$HOME"/.sdkman/candidates/java/*; do [ -d "$d" ] && candidates+=("$d"); done
  for home in "${candidates[@]}"; do
    [ -x "$home/bin/java" ] || continue
    local major
    major=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    if [ -n "$major" ] && [ "${major%%.*}" -ge 21 ] 2>/dev/null; then
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

# Runs a benchmark main class of the test sources (org.unesco.oer.bench.<name>) with the test
# classpath, after building what it needs: "package" when it starts the packaged service, else
# "test-compile". Usage: run_benchmark <Name> <package|test-compile> [java options...]
run_benchmark() {
  local name="$1" build="$2"; shift 2
  if [ "$build" = package ]; then ./mvnw -B -q package -DskipTests; else ./mvnw -B -q test-compile; fi
  ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
  java "$@" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" "org.unesco.oer.bench.$name"
}
