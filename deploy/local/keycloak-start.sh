#!/usr/bin/env bash
# Starts Keycloak (keycloak-quarkus-dist from Maven Central, cached) on 127.0.0.1:$KEYCLOAK_PORT
# with realm "oer" and, unless OER_DEMO_USERS=false, the demo users. OER_KEYCLOAK_FRESH=true
# starts from an empty Keycloak database.
set -euo pipefail
source "$(dirname "$0")/common.sh"

java_home=$(find_keycloak_java) || {
  echo "Keycloak $KEYCLOAK_VERSION needs a JDK 21 or newer. Set KEYCLOAK_JAVA_HOME to one (e.g. /usr/lib/jvm/temurin-25-jdk-amd64)." >&2
  exit 1
}
if [ -f "$RUN_DIR/keycloak.pid" ] && kill -0 "$(cat "$RUN_DIR/keycloak.pid")" 2>/dev/null; then
  echo "Keycloak is already running (pid $(cat "$RUN_DIR/keycloak.pid"))"
  exit 0
fi
if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
  echo "Fetching keycloak-quarkus-dist $KEYCLOAK_VERSION through Maven (cached in $CACHE_DIR)"
  (cd "$ROOT" && ./mvnw -B -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" -DoutputDirectory="$CACHE_DIR")
  if command -v unzip >/dev/null; then
    unzip -q -o "$CACHE_DIR/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$CACHE_DIR"
  else # the JDK's jar tool extracts zips too, without the executable bits
    (cd "$CACHE_DIR" && "$java_home/bin/jar" xf "keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" && chmod +x "$KC_HOME"/bin/*.sh)
  fi
  rm -f "$CACHE_DIR/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
fi
if [ "${OER_KEYCLOAK_FRESH:-false}" = true ]; then
  rm -rf "$KC_HOME/data/h2" "$KC_HOME/data/transaction-logs"
fi
rm -rf "$KC_HOME/data/import"
mkdir -p "$KC_HOME/data/import"
cp "$ROOT/deploy/keycloak/oer-realm.json" "$KC_HOME/data/import/"
if [ "${OER_DEMO_USERS:-true}" = true ]; then
  cp "$ROOT/deploy/keycloak/demo/"*.json "$KC_HOME/data/import/"
fi

echo "Starting Keycloak $KEYCLOAK_VERSION on http://$OER_HOST:$KEYCLOAK_PORT (JDK: $java_home; log: $RUN_DIR/keycloak.log)"
JAVA_HOME="$java_home" JAVA_OPTS_APPEND="--add-opens=java.base/java.lang=ALL-UNNAMED ${JAVA_OPTS_APPEND:-}" KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" \
KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" \
  nohup "$KC_HOME/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" \
  --hostname="http://$OER_HOST:$KEYCLOAK_PORT" --import-realm --features-disabled=update-email \
  > "$RUN_DIR/keycloak.log" 2>&1 &
echo $! > "$RUN_DIR/keycloak.pid"
wait_for_url "http://$OER_HOST:$KEYCLOAK_PORT/realms/oer/.well-known/openid-configuration" "${KEYCLOAK_START_TIMEOUT:-300}" Keycloak
echo "Keycloak is up: realm oer at http://$OER_HOST:$KEYCLOAK_PORT/realms/oer"
