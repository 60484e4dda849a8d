#!/usr/bin/env bash
# The thread-local maps of a running server's request threads (bench/ThreadLocalMaps.java, docs/performance.md).
#   bench/thread-local-maps.sh PID [OUTPUT]     # e.g. the PID in target/bench/wlp/usr/servers/.pid/bench-1.pid
# Reads only, in a few milliseconds. A JVM keeps the agent class it loaded first: after editing ThreadLocalMaps.java,
# attach to a server started since.
set -euo pipefail
cd "$(dirname "$0")/.."
pid=$1
output=${2:-target/bench/results/thread-local-maps-$pid.tsv}
build=target/bench/thread-local-maps
mkdir -p "$build/classes" "$(dirname "$output")"
javac -d "$build/classes" bench/ThreadLocalMaps.java
printf 'Agent-Class: ThreadLocalMaps\n' >"$build/manifest.txt"
jar cfm "$build/agent.jar" "$build/manifest.txt" -C "$build/classes" .
java -cp "$build/agent.jar" ThreadLocalMaps "$pid" "$(pwd)/$build/agent.jar" "$output"
cat "$output"
