#!/usr/bin/env python3
"""CPU ticks of a process by thread group, to see which threads a variant's extra CPU goes to (request threads, GC,
JIT, the span and metric exporters, the HTTP sender) without a profiler.
  thread-cpu.py snapshot PID > FILE        one line per thread: tid, group, user+system ticks
  thread-cpu.py diff BEFORE AFTER          one line per group: group, ticks spent between the two snapshots
A group is the thread's name (/proc/PID/task/TID/comm, 15 characters) with its numbers replaced by N, so the 4
"Default Executor-thread-N" threads are one group, "GC Thread#N" another; a thread started between the snapshots
counts from zero."""
import os
import re
import sys


def snapshot(pid):
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/stat") as f:
                stat = f.read()
        except OSError:
            continue  # the thread ended meanwhile
        # "tid (comm) state ...": the name may hold spaces and parentheses; fields counted after the last ")".
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        rest = stat[stat.rindex(")") + 2:].split()
        group = re.sub(r"\d+", "N", name).strip()
        print(f"{tid}\t{group}\t{int(rest[11]) + int(rest[12])}")


def read(path):
    with open(path) as f:
        return {tid: (group, int(ticks)) for tid, group, ticks in (line.rstrip("\n").split("\t") for line in f)}


def diff(before_path, after_path):
    before, after, groups = read(before_path), read(after_path), {}
    for tid, (group, ticks) in after.items():
        spent = ticks - before.get(tid, (group, 0))[1]
        groups[group] = groups.get(group, 0) + spent
    for group, ticks in sorted(groups.items(), key=lambda g: -g[1]):
        if ticks:
            print(f"{group}\t{ticks}")


if sys.argv[1] == "snapshot":
    snapshot(sys.argv[2])
else:
    diff(sys.argv[2], sys.argv[3])
