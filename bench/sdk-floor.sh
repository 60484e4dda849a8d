#!/usr/bin/env bash
# The OpenTelemetry SDK's own floor under a read's telemetry (bench/SdkFloor.java, docs/performance.md): the same
# paced loop with the SDK exporting to a local receiver and with OpenTelemetry.noop(), ROUNDS times each, one JVM
# per run, alternating. Loopback only, bounded (WARMUP_SECONDS + SECONDS a run), stops its receiver on exit.
#   bench/sdk-floor.sh                       # 3 rounds x 2 modes at 6,000 reads/s on 2 threads, ~7 min
#   RATE=3000 ROUNDS=1 bench/sdk-floor.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RATE=${RATE:-6000}
THREADS=${THREADS:-2}
WARMUP_SECONDS=${WARMUP_SECONDS:-30}
SECONDS_MEASURED=${SECONDS_MEASURED:-30}
ROUNDS=${ROUNDS:-3}
PORT=${FLOOR_RECEIVER_PORT:-14798}
# The benchmark's servers' heap: a quarter of -XX:MaxRAM=1536m, G1.
FLOOR_JVM_ARGS=${FLOOR_JVM_ARGS:--XX:MaxRAM=1536m}
out=target/bench/floor
mkdir -p "$out"
./mvnw -q -B -f bench/sdk-floor/pom.xml dependency:build-classpath -Dmdep.outputFile="$(pwd)/$out/classpath"

python3 bench/otlp-receiver.py "$PORT" & receiver_pid=$!
trap 'kill "$receiver_pid" 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$PORT/counts" >/dev/null && break; sleep 0.1; done

: >"$out/results.txt"
for round in $(seq "$ROUNDS"); do
  for mode in noop sdk; do
    # shellcheck disable=SC2086
    java $FLOOR_JVM_ARGS -cp "$(cat "$out/classpath")" bench/SdkFloor.java "$mode" "http://127.0.0.1:$PORT" \
      "$RATE" "$THREADS" "$WARMUP_SECONDS" "$SECONDS_MEASURED" | grep '^RESULT' | sed "s/^RESULT/round=$round/" \
      | tee -a "$out/results.txt"
  done
done
echo "results: $out/results.txt"
