#!/usr/bin/env python3
"""Bytes allocated by all Java threads during a JFR recording made with allocation.jfc. The recording holds two
batches of jdk.ThreadAllocationStatistics (cumulative bytes per live thread), at its start and at its end; per thread
the end value minus the start value. A thread only in the end batch started during the recording and counts whole;
one only in the start batch ended during it and is left out. Usage: jfr-allocated.py JFR_TOOL FILE"""
import datetime
import json
import subprocess
import sys


def nanos(timestamp):
    seconds, _, fraction = timestamp.rstrip("Z").partition(".")
    whole = datetime.datetime.fromisoformat(seconds).replace(tzinfo=datetime.timezone.utc).timestamp()
    return int(whole) * 1_000_000_000 + int((fraction + "000000000")[:9])


out = subprocess.run([sys.argv[1], "print", "--json", "--events", "jdk.ThreadAllocationStatistics", sys.argv[2]],
                     capture_output=True, text=True, check=True).stdout
events = [(nanos(e["values"]["startTime"]), (e["values"].get("thread") or {}).get("javaThreadId"), e["values"]["allocated"])
          for e in json.loads(out)["recording"]["events"]]
if not events:
    print(0)
    sys.exit()
middle = (min(t for t, _, _ in events) + max(t for t, _, _ in events)) // 2
start = {thread: allocated for t, thread, allocated in events if t < middle and thread is not None}
end = {thread: allocated for t, thread, allocated in events if t >= middle and thread is not None}
print(sum(allocated - start.get(thread, 0) for thread, allocated in end.items()))
