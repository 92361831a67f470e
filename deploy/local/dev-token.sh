#!/usr/bin/env bash
# Prints an access token for a demo user of dev mode (./mvnw quarkus:dev).
# Usage: deploy/local/dev-token.sh fp-ken      then: curl -H "Authorization: Bearer $(deploy/local/dev-token.sh fp-ken)" ...
set -euo pipefail
user="${1:?usage: dev-token.sh USER (fp-ken, fp-fra, fp-jor, fp-bra, fp-ind, secretariat, analyst, admin)}"
log="$(dirname "$0")/../../target/dev.log"
url=$(grep -o 'Dev OIDC server: http://[^ ]*' "$log" 2>/dev/null | tail -1 | awk '{print $NF}')
if [ -z "$url" ]; then
  echo "No OIDC Dev Services URL in $log: is ./mvnw quarkus:dev running?" >&2
  exit 1
fi
curl -sf -X POST "$url/token" -d "grant_type=password&client_id=oer-api&username=$user&password=$user" \
  | grep -o '"access_token" *: *"[^"]*"' | cut -d'"' -f4
