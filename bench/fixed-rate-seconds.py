#!/usr/bin/env python3
"""The fixed-rate phases second by second: whether a phase's percentiles are the server's steady state or a transient
(a cold load generator, a stall). Reads the file bench/FixedRateLoad.java appends every request's latency to when
FIXED_RATE_LATENCIES names it (in the order the requests were due; one "# URL RATE/s" line before each phase).
Usage: FIXED_RATE_LATENCIES=/tmp/latencies.txt ... bench/run.sh; bench/fixed-rate-seconds.py /tmp/latencies.txt"""
import math
import re
import sys


def percentile(latencies, p):
    done = sorted(l for l in latencies if l > 0)   # 0: not answered in time
    return done[min(len(done) - 1, math.ceil(p / 100 * len(done)) - 1)] if done else 0


def phases(path):
    phase = None
    for line in open(path):
        if line.startswith("#"):
            phase = {"rate": int(re.search(r"(\d+)/s", line).group(1)), "latencies": []}
            yield phase
        else:
            phase["latencies"].append(int(line))


for number, phase in enumerate(list(phases(sys.argv[1])), 1):
    rate, latencies = phase["rate"], phase["latencies"]
    seconds = [latencies[s * rate:(s + 1) * rate] for s in range(len(latencies) // rate)]
    after_first = latencies[rate:]
    print(f"phase {number}: p50/p95/p99 {'/'.join(str(percentile(latencies, p)) for p in (50, 95, 99))} us; "
          f"without its first second {'/'.join(str(percentile(after_first, p)) for p in (50, 95, 99))} us")
    print("  p95 each second:", " ".join(str(percentile(s, 95)) for s in seconds))
    print("  max each second:", " ".join(str(max(s)) for s in seconds))
