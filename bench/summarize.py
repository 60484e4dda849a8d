#!/usr/bin/env python3
"""Turns results/phases.tsv and results/runs.tsv into the Markdown tables of docs/performance.md: per variant and
workload the median over rounds, and the ratios of each variant to 'off' (or the variant named by the environment
variable BASELINE, e.g. sdk for the failing-collector variants) from the same run. With INSTANCES, a variant's
servers are sdk, sdk#2, ...: its figures are the medians over rounds and instances, and each round's ratio pairs
instance k of a variant with instance k of the baseline.
A phase in which any request failed (a non-2xx answer or a socket error) measured something else than the variant's
service, e.g. 401s once a token expired: it is left out of every figure and listed first, with its count.
Usage: [BASELINE=sdk] summarize.py RESULTS_DIR CLOCK_TICKS_PER_SECOND"""
import csv, os, statistics, sys

results, hz = sys.argv[1], int(sys.argv[2])
baseline = os.environ.get("BASELINE", "off")


def rows(name):
    with open(os.path.join(results, name)) as f:
        return list(csv.DictReader(f, delimiter="\t"))


all_phases, runs = rows("phases.tsv"), rows("runs.tsv")
phases = [r for r in all_phases if int(r["failed"]) == 0]
failed_phases = [r for r in all_phases if int(r["failed"]) != 0]


def variant_of(server):
    """The variant a server runs: sdk#2 is the second instance of sdk."""
    return server.split("#")[0]


def instance(server):
    return server.split("#")[1] if "#" in server else "1"


# A server's row in runs.tsv; phases may also carry names of their own (collector-cycle: cycle-200, cycle-503, ...).
servers = list(dict.fromkeys([r["variant"] for r in runs] + [r["variant"] for r in all_phases]))
variants = list(dict.fromkeys(variant_of(v) for v in servers))
workloads = list(dict.fromkeys(r["phase"] for r in all_phases))
med = statistics.median


def rps(r):
    """Requests a second of one phase (wrk's own duration; the configured one when a load reports none)."""
    return int(r["requests"]) / (int(r["duration_us"]) / 1e6 if int(r["duration_us"]) else int(r["seconds"]))


def phase_figures(variant, workload):
    rs = [r for r in phases if variant_of(r["variant"]) == variant and r["phase"] == workload]
    if not rs:
        return None
    per = lambda f: med(f(r) for r in rs)
    return {
        "rps": per(rps),
        "p50": per(lambda r: int(r["p50_us"]) / 1000), "p95": per(lambda r: int(r["p95_us"]) / 1000),
        "p99": per(lambda r: int(r["p99_us"]) / 1000),
        "cpu": per(lambda r: int(r["cpu_ticks"]) / hz / max(1, int(r["requests"])) * 1000),
        "alloc": per(lambda r: int(r["allocated_bytes"]) / max(1, int(r["requests"])) / 1024),
        "failed": sum(int(r["failed"]) for r in failed_phases if variant_of(r["variant"]) == variant and r["phase"] == workload),
        "rounds": len(rs),
        "jit": per(lambda r: 100 * int(r.get("jit_ticks") or 0) / max(1, int(r["cpu_ticks"]))),
        "receiver": per(lambda r: int(r.get("receiver_ticks") or 0) / hz / max(1, int(r["requests"])) * 1000),
        "busy": per(lambda r: int(r.get("box_busy_pct") or 0)), "steal": per(lambda r: int(r.get("box_steal_pct") or 0)),
    }


def ratio(value, base):
    return f"{value / base:.3f}" if base else "-"


if failed_phases:
    print("## Phases left out: requests failed in them\n")
    print("| workload | server | round | requests | failed |")
    print("|---|---|---|---|---|")
    for r in failed_phases:
        print(f"| {r['phase']} | {r['variant']} | {r['round']} | {r['requests']} | {r['failed']} |")
    print()
print("## Per workload (median over rounds)\n")
print("| workload | variant | req/s | p50 ms | p95 ms | p99 ms | CPU s / 1000 req | KiB allocated / req | JIT % of CPU | receiver CPU s / 1000 req | machine busy % (steal) | failed (phases left out) | rounds |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
for w in workloads:
    for v in variants:
        f = phase_figures(v, w)
        if f:
            print(f"| {w} | {v} | {f['rps']:.0f} | {f['p50']:.2f} | {f['p95']:.2f} | {f['p99']:.2f} | {f['cpu']:.3f} | "
                  f"{f['alloc']:.1f} | {f['jit']:.0f} | {f['receiver']:.3f} | {f['busy']:.0f} ({f['steal']:.0f}) | {f['failed']} | {f['rounds']} |")
if baseline in variants and len(variants) > 1:
    print(f"\n## Ratios to {'telemetry off' if baseline == 'off' else baseline} (same run)\n")
    print("| workload | variant | req/s | p50 | p95 | p99 | CPU / req | allocation / req |")
    print("|---|---|---|---|---|---|---|---|")
    for w in workloads:
        base = phase_figures(baseline, w)
        for v in variants:
            f = phase_figures(v, w)
            if v != baseline and f and base:
                print(f"| {w} | {v} | " + " | ".join(ratio(f[k], base[k]) for k in ("rps", "p50", "p95", "p99", "cpu", "alloc")) + " |")

    # Each round's own ratio (the phases of one round ran minutes apart, interleaved ones seconds apart), then their
    # median: drift between rounds then cancels instead of entering both medians above.
    def by_round(v, w):
        return {(r["round"], instance(r["variant"])): r for r in phases if variant_of(r["variant"]) == v and r["phase"] == w}
    cpu = lambda r: int(r["cpu_ticks"]) / max(1, int(r["requests"]))
    print(f"\n## Ratios to {baseline} round by round (median; each round's ratio)\n")
    print("| workload | variant | req/s | per round | p95 | CPU / req |")
    print("|---|---|---|---|---|---|")
    for w in workloads:
        base_rounds = by_round(baseline, w)
        for v in variants:
            pairs = [(r, base_rounds[k]) for k, r in by_round(v, w).items() if k in base_rounds]
            if v == baseline or not pairs:
                continue
            q = [rps(r) / rps(b) for r, b in pairs]
            p95 = [int(r["p95_us"]) / max(1, int(b["p95_us"])) for r, b in pairs]
            c = [cpu(r) / cpu(b) for r, b in pairs if cpu(b)]
            cpu_cell = f"{med(c):.3f}" if c else "-"
            print(f"| {w} | {v} | {med(q):.3f} | {', '.join(f'{x:.2f}' for x in q)} | {med(p95):.3f} | {cpu_cell} |")

# Two servers of the same variant and build (INSTANCES): how far apart their CPU a request is.
if any("#" in v for v in servers):
    print("\n## Instances of each variant: CPU s / 1000 req (median over rounds)\n")
    print("| workload | variant | per instance | largest / smallest |")
    print("|---|---|---|---|")
    for w in workloads:
        for v in variants:
            per = [med(int(r["cpu_ticks"]) / hz / max(1, int(r["requests"])) * 1000 for r in phases
                       if r["variant"] == s and r["phase"] == w) for s in servers if variant_of(s) == v
                   if any(r["variant"] == s and r["phase"] == w for r in phases)]
            if len(per) > 1:
                print(f"| {w} | {v} | {', '.join(f'{x:.3f}' for x in per)} | {max(per) / min(per):.3f} |")

# Where each variant's CPU goes, by thread group (thread-cpu.py): ms per 1,000 requests, median over rounds, the
# groups that take at least 1% of some variant's CPU.
threads = rows("threads.tsv") if os.path.exists(os.path.join(results, "threads.tsv")) else []
if threads:
    print("\n## CPU by thread group (ms / 1000 req, median over rounds)\n")
    for w in workloads:
        requests = {(r["variant"], r["round"]): int(r["requests"]) for r in phases if r["phase"] == w}
        spent = {}
        for t in threads:
            key = (t["variant"], t["round"])
            if t["phase"] == w and key in requests:
                spent.setdefault(t["thread_group"], {}).setdefault(variant_of(t["variant"]), {})[key] = \
                    int(t["cpu_ticks"]) / hz / max(1, requests[key]) * 1e6
        # A variant's phases: (server, round) of each of its instances.
        rounds_of = {v: [key for key in requests if variant_of(key[0]) == v] for v in variants}
        shown = [v for v in variants if rounds_of[v]]
        value = lambda g, v: med(spent[g].get(v, {}).get(key, 0) for key in rounds_of[v])
        total = {v: sum(value(g, v) for g in spent) for v in shown}
        big = [g for g in spent if any(total[v] and value(g, v) >= 0.01 * total[v] for v in shown)]
        big.sort(key=lambda g: -max(value(g, v) for v in shown))
        print(f"| {w}: thread group | " + " | ".join(shown) + " |")
        print("|---|" + "---|" * len(shown))
        for g in big:
            print(f"| {g} | " + " | ".join(f"{value(g, v):.1f}" for v in shown) + " |")
        print("| (all others) | " + " | ".join(f"{total[v] - sum(value(g, v) for g in big):.1f}" for v in shown) + " |")
        print("| total | " + " | ".join(f"{total[v]:.1f}" for v in shown) + " |\n")

print("\n## Per variant (median over rounds)\n")
print("| variant | start to ready s (in the rounds) | peak RSS MiB | heap after GC MiB | spans / req | span bytes / req | metric bytes / req | log bytes / req |")
print("|---|---|---|---|---|---|---|---|")
for v in variants:
    rs = [r for r in runs if variant_of(r["variant"]) == v]
    if not rs:
        continue
    # A server's exports against the requests of its phases: one round's, or every round's (INTERLEAVE: round "all").
    measured = {(r["variant"], r["round"]): sum(int(p["requests"]) for p in phases
                                                if p["variant"] == r["variant"] and r["round"] in (p["round"], "all"))
                for r in rs}
    per_req = lambda key: med(int(r[key]) / max(1, measured[(r["variant"], r["round"])]) for r in rs)
    print(f"| {v} | {med(int(r['ready_ms']) for r in rs) / 1000:.1f} | {med(int(r['peak_rss_kb']) for r in rs) / 1024:.0f} | "
          f"{med(int(r['heap_after_gc_kb'] or 0) for r in rs) / 1024:.0f} | {per_req('spans'):.2f} | {per_req('span_bytes'):.0f} | "
          f"{per_req('metric_bytes'):.1f} | {per_req('log_bytes'):.1f} |")

# Each variant's server started alone after the rounds (run.sh STARTS): the start-up figures to compare. The column
# above is each server's start in the rounds, next to the servers started before it.
starts = rows("starts.tsv") if os.path.exists(os.path.join(results, "starts.tsv")) else []
if starts:
    print(f"\n## Start to ready, each variant's server started alone (median of its starts; ratio to {baseline})\n")
    print("| variant | starts (s, in order) | median s | ratio |")
    print("|---|---|---|---|")
    ready = {v: [int(r["ready_ms"]) / 1000 for r in starts if r["variant"] == v] for v in dict.fromkeys(r["variant"] for r in starts)}
    for v, seconds in ready.items():
        base = ready.get(baseline)
        print(f"| {v} | {', '.join(f'{s:.1f}' for s in seconds)} | {med(seconds):.1f} | "
              f"{ratio(med(seconds), med(base)) if base and v != baseline else ''} |")
