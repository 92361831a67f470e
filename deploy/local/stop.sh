#!/usr/bin/env bash
# Stops exactly what keycloak-start.sh and service-start.sh started (their pid files).
# Usage: stop.sh [service|keycloak|all]
set -euo pipefail
source "$(dirname "$0")/common.sh"
stop_one() {
  local name="$1" file="$RUN_DIR/$1.pid"
  [ -f "$file" ] || return 0
  local pid
  pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    echo "Stopped $name (pid $pid)"
  fi
  rm -f "$file"
}
case "${1:-all}" in
  service) stop_one service ;;
  keycloak) stop_one keycloak ;;
  all) stop_one service; stop_one keycloak ;;
  *) echo "usage: stop.sh [service|keycloak|all]" >&2; exit 2 ;;
esac
