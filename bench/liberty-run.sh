#!/usr/bin/env bash
# The service started the way README starts it (`./mvnw liberty:run`: loose application, embedded PostgreSQL,
# ENVIRONMENT=test so that the full telemetry goes over OTLP to a local receiver), measured with the same warm-up
# and the same read and list phases as the sdk variant of bench/run.sh. Compare its RESULT lines with that variant.
#   bench/liberty-run.sh        # ~3 min; stops the server (liberty:stop) and the receiver on exit
set -euo pipefail
cd "$(dirname "$0")/.."
WARMUP_SECONDS=${WARMUP_SECONDS:-45}
PHASE_SECONDS=${PHASE_SECONDS:-20}
CONNECTIONS=${CONNECTIONS:-16}
export HTTP_PORT=${BENCH_HTTP_PORT:-9790} HTTPS_PORT=$(( ${BENCH_HTTP_PORT:-9790} + 1 )) DB_PORT=${BENCH_PG_PORT:-55790}
receiver_port=${BENCH_RECEIVER_PORT:-14790}
base=http://127.0.0.1:$HTTP_PORT
log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

python3 bench/otlp-receiver.py "$receiver_port" & receiver_pid=$!
mkdir -p target/bench
ENVIRONMENT=test OTEL_EXPORTER_OTLP_ENDPOINT="http://127.0.0.1:$receiver_port" \
  ./mvnw -B -q liberty:run > target/bench/liberty-run.log 2>&1 & run_pid=$!
cleanup() {
  ./mvnw -B -q liberty:stop >/dev/null 2>&1 || true
  wait "$run_pid" 2>/dev/null || true
  kill "$receiver_pid" 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for _ in $(seq 1 300); do curl -fsS -o /dev/null "$base/health/ready" 2>/dev/null && break; sleep 1; done
token=$(curl -fsS -X POST "$base/api/login" -H 'Content-Type: application/json' \
  -d '{"email":"demo@example.com","password":"demo-password-1"}' | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
product=$(curl -fsS -X POST "$base/api/products" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"name":"bench","price":1.50,"stock":1000000}' | sed 's/.*"id":\([0-9]*\).*/\1/')
cat bench/mix.lua bench/report.lua > target/bench/mix-run.lua
log "warm-up ${WARMUP_SECONDS}s"
TOKEN=$token PRODUCT_ID=$product wrk -t2 -c"$CONNECTIONS" -d"${WARMUP_SECONDS}s" -s target/bench/mix-run.lua "$base" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d"$(( WARMUP_SECONDS / 2 + 1 ))s" -H "Authorization: Bearer $token" "$base/api/posts/1" >/dev/null
for phase in "read /api/posts/1" "list /api/posts?limit=10"; do
  set -- $phase
  log "$1: $(wrk -t2 -c"$CONNECTIONS" -d"${PHASE_SECONDS}s" -s bench/report.lua -H "Authorization: Bearer $token" "$base$2" | grep '^RESULT')"
done
