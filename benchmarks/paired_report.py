#!/usr/bin/env python3
"""Prints the table of the paired benchmark from its results (one file per round).

Usage: paired_report.py [--server TEXT] [--markdown] round1.tsv [round2.tsv ...]

Each line of a results file is: round, measure, operation, index, SDK value, raw value. A ratio is
taken per pair (SDK / raw of two batches or windows measured one right after the other) and
summarised over every pair of every round: median, interquartile range, min-max; "rounds" gives
the median ratio of each round, to show how stable the ratio is from one round to the next.
Measures ending in _samewire compare the SDK with the raw baseline sending the SDK's exact wire
(Expect: 100-continue on the POSTs); they have no target.
"""
import math
import statistics
import sys
from collections import defaultdict

OPS = [("listTools", "list_tools (50 tools, 68 KB)"), ("callTool", "call_tool"),
       ("listConnectors", "list connectors (20)"), ("createAgent", "create agent (POST)")]
# measure: (title, unit, format of the absolute values, target)
MEASURES = [
    ("latency", "median latency", "us", "{:,.0f}", ("<=", 1.05)),
    ("alloc", "allocation per call", "KB", "{:,.1f}", ("<=", 1.2)),
    # the third baseline, POSTs only: the raw client sending the SDK's exact wire, i.e. with the
    # Expect: 100-continue round trip the SDK pays over HTTP/1.1 for its replay guarantee
    ("latency_samewire", "median latency, vs raw with the SDK's wire (Expect on POSTs)", "us", "{:,.0f}", None),
    ("alloc_samewire", "allocation per call, vs raw with the SDK's wire (Expect on POSTs)", "KB", "{:,.1f}", None),
    ("latency_rawwire", "median latency, raw with the SDK's wire / raw", "us", "{:,.0f}", None),
    # the second baseline: the raw client on an executor like the SDK's (bounded, hand-off)
    ("latency_sdkexec", "median latency, vs raw on the SDK's executor", "us", "{:,.0f}", None),
    ("alloc_sdkexec", "allocation per call, vs raw on the SDK's executor", "KB", "{:,.1f}", None),
    ("latency_rawexec", "median latency, raw on the SDK's executor / raw", "us", "{:,.0f}", None),
    ("tput1", "throughput, 1 caller", "/s", "{:,.0f}", None),
    ("tput1_samewire", "throughput, 1 caller, vs raw with the SDK's wire (Expect on POSTs)", "/s", "{:,.0f}", None),
    ("tput32", "throughput, 32 callers", "/s", "{:,.0f}", (">=", 0.95)),
    ("cpu32", "CPU per call, 32 callers", "us", "{:,.0f}", None),
    ("cold", "cold start, fresh JVM", "ms", "{:,.0f}", ("<=", 1.05)),
]
BRIDGE_TARGET = 150.0


def load(paths):
    rows = []
    for path in paths:
        with open(path) as f:
            for line in f:
                r, measure, op, i, sdk, raw = line.rstrip("\n").split("\t")
                rows.append((int(r), measure, op, int(i), float(sdk), float(raw)))
    return rows


def quartiles(values):
    if len(values) < 2:
        return values[0], values[0]
    q = statistics.quantiles(values, n=4, method="inclusive")
    return q[0], q[2]


def verdict(target, value):
    op, limit = target
    ok = value <= limit if op == "<=" else value >= limit
    return "ok" if ok else "MISS"


def summary(ratios_by_round):
    every = [v for vs in ratios_by_round.values() for v in vs]
    lo, hi = quartiles(every)
    return {
        "median": statistics.median(every), "iqr": (lo, hi), "range": (min(every), max(every)),
        "rounds": [statistics.median(ratios_by_round[r]) for r in sorted(ratios_by_round)],
        "n": len(every),
    }


def table(rows):
    pairs = defaultdict(lambda: defaultdict(list))   # (measure, op) -> round -> [(sdk, raw)]
    bridge = defaultdict(list)
    loads = defaultdict(list)
    failures = defaultdict(lambda: [0, 0])
    for r, measure, op, _, sdk, raw in rows:
        if measure == "load":
            loads[r].append(sdk)
        elif measure == "bridge":
            bridge[r].append(sdk)
        elif measure.startswith("failures"):
            failures[(measure, op)][0] += int(sdk)
            failures[(measure, op)][1] += int(raw)
        elif not (math.isnan(sdk) or math.isnan(raw) or raw == 0):
            pairs[(measure, op)][r].append((sdk, raw))
    out = []
    for measure, title, unit, fmt, target in MEASURES:
        for op, label in OPS:
            by_round = pairs.get((measure, op))
            if not by_round:
                continue
            s = summary({r: [a / b for a, b in v] for r, v in by_round.items()})
            flat = [p for v in by_round.values() for p in v]
            absolute = "{} / {} {}".format(fmt.format(statistics.median(a for a, _ in flat)),
                                           fmt.format(statistics.median(b for _, b in flat)), unit)
            out.append({
                "measure": title, "op": label, "abs": absolute,
                "ratio": "{:.2f}".format(s["median"]),
                "iqr": "{:.2f}-{:.2f}".format(*s["iqr"]),
                "range": "{:.2f}-{:.2f}".format(*s["range"]),
                "rounds": " ".join("{:.2f}".format(v) for v in s["rounds"]),
                "target": "{} {}".format(*target) if target else "",
                "verdict": verdict(target, s["median"]) if target else "",
                "n": s["n"],
            })
    if bridge:
        every = [v for vs in bridge.values() for v in vs]
        lo, hi = quartiles(every)
        out.append({
            "measure": "bridge, 50 tools", "op": "convert to ToolSpecifications",
            "abs": "{:,.0f} us".format(statistics.median(every)), "ratio": "-",
            "iqr": "{:.0f}-{:.0f} us".format(lo, hi), "range": "{:.0f}-{:.0f} us".format(min(every), max(every)),
            "rounds": " ".join("{:.0f}".format(statistics.median(bridge[r])) for r in sorted(bridge)),
            "target": "<= {:.0f} us".format(BRIDGE_TARGET),
            "verdict": "ok" if statistics.median(every) <= BRIDGE_TARGET else "MISS", "n": len(every),
        })
    return out, loads, failures


HEAD = ["measure", "operation", "sdk / raw (median)", "ratio", "IQR", "min-max", "rounds", "pairs", "target", ""]
KEYS = ["measure", "op", "abs", "ratio", "iqr", "range", "rounds", "n", "target", "verdict"]


def main(argv):
    server, markdown, paths = None, False, []
    args = iter(argv)
    for a in args:
        if a == "--server":
            server = next(args)
        elif a == "--markdown":
            markdown = True
        else:
            paths.append(a)
    if not paths:
        sys.exit(__doc__)
    out, loads, failures = table(load(paths))
    if server:
        print("server: " + server)
    for r in sorted(loads):
        print("round {}: load average {}".format(r, " ".join("{:.1f}".format(v) for v in loads[r])))
    for (measure, op), (sdk, raw) in sorted(failures.items()):
        callers, _, wire = measure[len("failures"):].partition("_")
        print("failed calls, {} callers, {}: sdk {}, {} {}".format(
            callers, op, sdk, "raw with the SDK's wire" if wire else "raw", raw))
    print()
    cells = [[str(row[k]) for k in KEYS] for row in out]
    if markdown:
        print("| " + " | ".join(HEAD) + " |")
        print("|" + "---|" * len(HEAD))
        for c in cells:
            print("| " + " | ".join(c) + " |")
        return
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(HEAD)]
    print("  ".join(h.ljust(w) for h, w in zip(HEAD, widths)))
    for c in cells:
        print("  ".join(v.ljust(w) for v, w in zip(c, widths)).rstrip())


if __name__ == "__main__":
    main(sys.argv[1:])
