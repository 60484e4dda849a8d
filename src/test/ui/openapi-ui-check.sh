#!/usr/bin/env bash
# Loads the OpenAPI UI (/openapi/ui) of a running service in Debian's headless Chromium, checks that it rendered the
# operations, authorizes with a bearer token from POST /api/login, runs "Try it out" on GET /api/users/me and checks
# the answer; screenshots go to target/ui-check/. Not part of ./mvnw verify.
#
#   ./mvnw liberty:run &                       # or any running instance
#   src/test/ui/openapi-ui-check.sh            # BASE_URL=http://localhost:9080 by default
#
# Installs what it needs when missing: Debian's chromium (apt-get, as root) and npm's puppeteer-core (into
# target/ui-check, without a browser download; 24.x is the newest line that runs on Node.js 20). Log-in: the demo
# user of migration V2 unless UI_CHECK_EMAIL and UI_CHECK_PASSWORD are set.
set -euo pipefail
cd "$(dirname "$0")/../../.."

BASE_URL=${BASE_URL:-http://localhost:9080}
WORK=target/ui-check
PUPPETEER_CORE_VERSION=24.43.1

if ! command -v chromium >/dev/null; then
    echo "Installing Debian's chromium"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
mkdir -p "$WORK"
if [ ! -d "$WORK/node_modules/puppeteer-core" ]; then
    echo "Installing puppeteer-core $PUPPETEER_CORE_VERSION into $WORK"
    (cd "$WORK" && PUPPETEER_SKIP_DOWNLOAD=1 npm install --silent --no-audit --no-fund --no-save \
        "puppeteer-core@$PUPPETEER_CORE_VERSION" >/dev/null)
fi

BASE_URL=$BASE_URL SHOTS=$WORK NODE_PATH="$PWD/$WORK/node_modules" node src/test/ui/openapi-ui-check.cjs
