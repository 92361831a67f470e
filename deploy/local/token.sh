#!/usr/bin/env bash
# Prints an access token from the local Keycloak for a user (password grant, client oer-cli).
# Usage: deploy/local/token.sh fp-ken [password]   (demo passwords equal the user names)
set -euo pipefail
source "$(dirname "$0")/common.sh"
user="${1:?usage: token.sh USER [PASSWORD]}"
password="${2:-$user}"
curl -sf -X POST "http://$OER_HOST:$KEYCLOAK_PORT/realms/oer/protocol/openid-connect/token" \
  -d grant_type=password -d client_id=oer-cli --data-urlencode "username=$user" --data-urlencode "password=$password" \
  | grep -o '"access_token":"[^"]*"' | cut -d'"' -f4
