#!/usr/bin/env bash
# Starts the packaged service against the local Keycloak, on embedded PostgreSQL with demo data
# (OER_DATABASE=embedded: the packaged service never starts one unasked; set DB_URL for a real
# server). Health and metrics are on the management port ($MANAGEMENT_PORT, default 9000).
set -euo pipefail
source "$(dirname "$0")/common.sh"

if [ -f "$RUN_DIR/service.pid" ] && kill -0 "$(cat "$RUN_DIR/service.pid")" 2>/dev/null; then
  echo "The service is already running (pid $(cat "$RUN_DIR/service.pid"))"
  exit 0
fi
if [ ! -f "$ROOT/target/quarkus-app/quarkus-run.jar" ]; then
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests)
fi
echo "Starting the service on http://$OER_HOST:$SERVICE_PORT (log: $RUN_DIR/service.log)"
# Memory sized as in a 512 MiB container (the Kubernetes manifests) unless SERVICE_JAVA_OPTS says otherwise.
PORT="$SERVICE_PORT" \
OIDC_AUTH_SERVER_URL="http://$OER_HOST:$KEYCLOAK_PORT/realms/oer" \
KEYCLOAK_URL="http://$OER_HOST:$KEYCLOAK_PORT" \
KEYCLOAK_PROVISIONING_CLIENT_SECRET="${KEYCLOAK_PROVISIONING_CLIENT_SECRET:-oer-provisioning-local-secret}" \
OIDC_WEB_STATE_SECRET="${OIDC_WEB_STATE_SECRET:-local-stack-only-state-secret-0123456789}" \
OER_DEMO_DATA_ENABLED="${OER_DEMO_DATA_ENABLED:-true}" \
OER_DATABASE="${OER_DATABASE:-embedded}" \
MANAGEMENT_PORT="$MANAGEMENT_PORT" \
OER_EMBEDDED_DB_DIR="${OER_EMBEDDED_DB_DIR:-$HOME/.oer-reporting/stack-pgdata}" \
MAIL_MOCK="${MAIL_MOCK:-true}" \
MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" \
  nohup java ${SERVICE_JAVA_OPTS:--XX:MaxRAM=512m -XX:+UseSerialGC -XX:InitialRAMPercentage=30 -XX:MaxRAMPercentage=30 -XX:TrimNativeHeapInterval=5000 -Dio.netty.allocator.numDirectArenas=2} -jar "$ROOT/target/quarkus-app/quarkus-run.jar" > "$RUN_DIR/service.log" 2>&1 &
echo $! > "$RUN_DIR/service.pid"
wait_for_url "http://$OER_HOST:$MANAGEMENT_PORT/q/health/ready" "${SERVICE_START_TIMEOUT:-120}" "The service"
echo "The service is up: http://$OER_HOST:$SERVICE_PORT (Swagger UI: /q/swagger-ui; health and metrics: http://$OER_HOST:$MANAGEMENT_PORT/q/health, /q/metrics)"
