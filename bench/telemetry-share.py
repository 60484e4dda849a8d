#!/usr/bin/env python3
"""Where a profile's telemetry work is: reads async-profiler collapsed stacks (bench/run.sh with ASYNC_PROFILER,
results/cpu-VARIANT-WORKLOAD.collapsed, or alloc-... with ASYNC_PROFILER_EVENT=alloc, whose counts are bytes) and counts,
per thread group, the samples (or bytes) of telemetry code itself: a
sample counts when its leaf-most telemetry frame is not followed by the work that telemetry wraps (the rest of the
servlet filter chain, RESTEasy, the JDBC driver, the connection pool). Each such sample is charged to the component
of the root-most telemetry frame of that last run of frames (Liberty's servlet span filter, its JAX-RS filter, its
HTTP monitor, the JDBC span library, ours, the SDK's export).
Usage: telemetry-share.py FILE.collapsed [...]"""
import re
import sys
from collections import Counter

TELEMETRY = re.compile(r"^(io/opentelemetry/|io/openliberty/microprofile/telemetry|io/openliberty/http/monitor/|"
                       r"org/example/observable/telemetry/|okhttp3/|okio/)")
# Work that a telemetry frame only wraps: what runs below it is the request, not the telemetry.
WORK = re.compile(r"^(com/ibm/ws/webcontainer/filter/WebAppFilterChain|jakarta/servlet/FilterChain|"
                  r"org/jboss/resteasy/|org/postgresql/|com/ibm/ws/rsadapter/|org/eclipse/persistence/|"
                  r"org/example/observable/(?!telemetry/))")
COMPONENTS = [
    ("Liberty: servlet SERVER span filter", "io/openliberty/microprofile/telemetry20/internal/rest/TelemetryServletFilter"),
    ("Liberty: JAX-RS route filter", "io/openliberty/microprofile/telemetry20/internal/rest/TelemetryContainerFilter"),
    ("Liberty: HTTP monitor (http.server.request.duration)", "io/openliberty/http/monitor/"),
    ("Liberty: other telemetry", "io/openliberty/microprofile/telemetry"),
    ("JDBC span (opentelemetry-jdbc, before 5 December, fifth session)", "io/opentelemetry/instrumentation/jdbc/"),
    ("JDBC span (ours: telemetry.db.StatementSpans)", "org/example/observable/telemetry/db/StatementSpans"),
    ("ours (org.example.observable.telemetry)", "org/example/observable/telemetry/"),
    ("SDK: batch span processor", "io/opentelemetry/sdk/trace/export/BatchSpanProcessor"),
    ("export: OTLP marshalling and OkHttp", "io/opentelemetry/exporter/"),
    ("export: OkHttp", "okhttp3/"),
    ("export: OkHttp", "okio/"),  # OkHttp's I/O library
    ("SDK/API, called from elsewhere", "io/opentelemetry/"),
]


def thread_group(frame):
    name = frame.strip("[]").split(" tid=")[0]
    return re.sub(r"[-#]?\d+$", "", name).strip()


def component(frame):
    for label, prefix in COMPONENTS:
        if frame.startswith(prefix):
            return label
    return "other"


def main():
    for path in sys.argv[1:]:
        totals, telemetry = Counter(), Counter()
        for line in open(path):
            stack, _, count = line.rstrip().rpartition(" ")
            frames = stack.split(";")
            count = int(count)
            group = thread_group(frames[0]) if frames[0].startswith("[") else "?"
            totals[group] += count
            last = max((i for i, f in enumerate(frames) if TELEMETRY.match(f)), default=None)
            if last is None or any(WORK.match(f) for f in frames[last + 1:]):
                continue
            start = last
            while start > 0 and TELEMETRY.match(frames[start - 1]):
                start -= 1
            telemetry[(group, component(frames[start]))] += count
        all_samples = sum(totals.values())
        print(f"## {path}: {all_samples} samples")
        print("| thread group | component | samples | % of all | % of the group |")
        print("|---|---|---|---|---|")
        for (group, label), n in sorted(telemetry.items(), key=lambda kv: -kv[1]):
            print(f"| {group} | {label} | {n} | {100 * n / all_samples:.2f} | {100 * n / totals[group]:.2f} |")
        for group, n in totals.most_common(8):
            own = sum(v for (g, _), v in telemetry.items() if g == group)
            print(f"| {group} | (all samples; telemetry {100 * own / n:.1f}%) | {n} | {100 * n / all_samples:.2f} | |")


if __name__ == "__main__":
    main()
