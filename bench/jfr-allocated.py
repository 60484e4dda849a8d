#!/usr/bin/env python3
"""Bytes allocated by all Java threads during a JFR recording made with allocation.jfc: per thread the last
cumulative value minus the first (a thread seen only once, at the end, counts fully). Usage: jfr-allocated.py JFR_TOOL FILE"""
import json, subprocess, sys
out = subprocess.run([sys.argv[1], "print", "--json", "--events", "jdk.ThreadAllocationStatistics", sys.argv[2]],
                     capture_output=True, text=True, check=True).stdout
seen = {}
for event in json.loads(out)["recording"]["events"]:
    v = event["values"]
    thread = (v.get("thread") or {}).get("javaThreadId") or id(event)
    seen.setdefault(thread, []).append((v["startTime"], v["allocated"]))
first = min(values[0][0] for values in seen.values()) if seen else None
total = 0
for values in seen.values():
    values.sort()
    if len(values) > 1:
        total += values[-1][1] - values[0][1]
    elif values[0][0] != first:  # started during the recording; one seen only at the start ended before it
        total += values[0][1]
print(total)
