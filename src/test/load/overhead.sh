#!/usr/bin/env bash
# Measures what the telemetry costs: the same load against the packaged server with the OpenTelemetry SDK on
# (spans, metrics and logs exported over OTLP to a local sink) and off (OTEL_SDK_DISABLED=true).
# Needs wrk (apt-get install wrk) and python3. Run from the project root after `./mvnw package`:
#   src/test/load/overhead.sh [seconds per run, default 30]
# Bounded: each run lasts the given seconds; every server it starts is stopped by its own stop command.
set -euo pipefail
cd "$(dirname "$0")/../../.."
duration=${1:-30}
export HTTP_PORT=9780 HTTPS_PORT=9781 DB_PORT=55780
sink_port=14780
mvn_opts=(-B -q)

python3 src/test/load/otlp-sink.py "$sink_port" & sink_pid=$!
trap 'kill "$sink_pid" 2>/dev/null || true; ./mvnw "${mvn_opts[@]}" liberty:stop >/dev/null 2>&1 || true' EXIT

run() {
  local label=$1; shift
  env "$@" ./mvnw "${mvn_opts[@]}" liberty:create liberty:deploy liberty:start >/dev/null
  for _ in $(seq 1 120); do curl -fsS -o /dev/null "http://127.0.0.1:$HTTP_PORT/health/ready" && break; sleep 1; done
  local token
  token=$(curl -fsS -X POST "http://127.0.0.1:$HTTP_PORT/api/login" -H 'Content-Type: application/json' \
    -d '{"email":"demo@example.com","password":"demo-password-1"}' | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
  local url="http://127.0.0.1:$HTTP_PORT/api/posts?limit=10"
  wrk -t2 -c8 -d10s -H "Authorization: Bearer $token" "$url" >/dev/null   # warm-up (JIT, pools)
  echo "== $label"
  wrk -t2 -c8 -d"${duration}s" --latency -H "Authorization: Bearer $token" "$url" \
    | grep -E 'Requests/sec|^ +(50|90|99)%|requests in'
  ./mvnw "${mvn_opts[@]}" liberty:stop >/dev/null
}

run "telemetry on (OTLP http/protobuf to a local sink, production batch settings)" \
  ENVIRONMENT=test OTEL_EXPORTER_OTLP_ENDPOINT="http://127.0.0.1:$sink_port"
run "telemetry off (OTEL_SDK_DISABLED=true)" \
  ENVIRONMENT=test OTEL_SDK_DISABLED=true
