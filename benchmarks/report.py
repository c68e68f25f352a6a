#!/usr/bin/env python3
"""Prints the SDK/raw ratio table from JMH JSON results (one file per round).

Usage: report.py [--server TEXT] [--markdown] jmh-round1.json [jmh-round2.json ...]

Latency is the median (p50) of SampleTime, allocation is gc.alloc.rate.norm (bytes per call,
from -prof gc) of the same run, throughput is ops/s with 32 callers. Ratios are SDK / raw per
round (both sides measured back to back); with several rounds the table shows the median ratio
and the range over rounds.
"""
import json
import statistics
import sys

TARGETS = {"latency": ("<=", 1.10), "alloc": ("<=", 1.5), "thrpt": (">=", 0.9)}
OPS = [("listTools", "list_tools (50 tools, 68 KB)"), ("callTool", "call_tool"),
       ("listConnectors", "list connectors (20)"), ("createAgent", "create agent (POST)")]


def load(path):
    with open(path) as f:
        return json.load(f)


def collect(rounds):
    """Per round: {(class, op, side): {"p50":..,"alloc":..,"thrpt":..}} and bridge rows."""
    out, bridge = [], {}
    for data in rounds:
        r = {}
        for b in data:
            cls, method = b["benchmark"].split(".")[-2:]
            pm, sm = b["primaryMetric"], b.get("secondaryMetrics", {})
            alloc = sm.get("gc.alloc.rate.norm", {}).get("score")
            if cls == "Bridge":
                key = (method, b.get("params", {}).get("tools"))
                bridge.setdefault(key, []).append((pm["scorePercentiles"]["50.0"], alloc))
                continue
            op, side = method.rsplit("_", 1)
            if cls == "Latency":
                r[(op, side, "p50")] = pm["scorePercentiles"]["50.0"]
                r[(op, side, "alloc")] = alloc
            elif cls == "Throughput":
                r[(op, side, "thrpt")] = pm["score"]
        out.append(r)
    return out, bridge


def ratio(r, op, metric):
    sdk, raw = r.get((op, "sdk", metric)), r.get((op, "raw", metric))
    if sdk is None or raw is None or raw == 0:
        return None
    return sdk / raw


def med(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def verdict(metric, value):
    if value is None:
        return "  -  "
    op, limit = TARGETS[metric]
    ok = value <= limit if op == "<=" else value >= limit
    return " ok " if ok else "MISS"


def fmt_ratio(metric, values):
    m = med(values)
    if m is None:
        return "n/a"
    text = f"{m:.2f} {verdict(metric, m)}"
    vs = [v for v in values if v is not None]
    if len(vs) > 1:
        text += f" [{min(vs):.2f}-{max(vs):.2f}]"
    return text


def main(argv):
    server, markdown, files = None, False, []
    i = 0
    while i < len(argv):
        if argv[i] == "--server":
            server = argv[i + 1]
            i += 2
        elif argv[i] == "--markdown":
            markdown = True
            i += 1
        else:
            files.append(argv[i])
            i += 1
    rounds, bridge = collect([load(f) for f in files])
    rows = []
    for op, label in OPS:
        lat = [ratio(r, op, "p50") for r in rounds]
        alloc = [ratio(r, op, "alloc") for r in rounds]
        thr = [ratio(r, op, "thrpt") for r in rounds]

        def both(metric, scale, unit):
            sdk = med([r.get((op, "sdk", metric)) for r in rounds])
            raw = med([r.get((op, "raw", metric)) for r in rounds])
            if sdk is None or raw is None:
                return "n/a"
            return f"{sdk / scale:,.0f} / {raw / scale:,.0f} {unit}"

        rows.append([label,
                     both("p50", 1, "us"), fmt_ratio("latency", lat),
                     both("alloc", 1024, "KB"), fmt_ratio("alloc", alloc),
                     both("thrpt", 1, "/s"), fmt_ratio("thrpt", thr)])
    header = ["operation", "p50 latency sdk / raw", "ratio <= 1.10",
              "alloc per call sdk / raw", "ratio <= 1.5",
              "throughput @32 sdk / raw", "ratio >= 0.9"]
    if server:
        print(f"server: {server}")
    print(f"rounds: {len(rounds)} (ratios: median over rounds [min-max])")
    table(header, rows, markdown)
    if bridge:
        print()
        print("LangChain4j bridge (absolute; no raw counterpart):")
        brows = []
        for (method, tools), vals in sorted(bridge.items(), key=lambda kv: (kv[0][0], int(kv[0][1] or 0))):
            p50 = med([v[0] for v in vals])
            alloc = med([v[1] for v in vals])
            what = ("convert %s tools to ToolSpecifications" if method == "convert"
                    else "provideTools: list_tools over HTTP + convert, %s tools")
            brows.append([what % tools, f"{p50:,.0f} us",
                          "n/a" if alloc is None else f"{alloc / 1024:,.0f} KB",
                          "n/a" if p50 is None else f"{p50 / int(tools):,.1f} us"])
        table(["bridge", "p50 latency", "alloc per call", "per tool"], brows, markdown)
    misses = [(label, metric) for (op, label) in OPS for metric, key in
              (("latency", "p50"), ("alloc", "alloc"), ("thrpt", "thrpt"))
              if verdict(metric, med([ratio(r, op, key) for r in rounds])) == "MISS"]
    print()
    if misses:
        print("targets missed: " + "; ".join(f"{label} {metric}" for label, metric in misses))
    else:
        print("all targets met")


def table(header, rows, markdown):
    if markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "|".join("---" for _ in header) + "|")
        for row in rows:
            print("| " + " | ".join(row) + " |")
        return
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    line = "  ".join(h.ljust(w) for h, w in zip(header, widths))
    print(line)
    print("-" * len(line))
    for row in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths)))


if __name__ == "__main__":
    main(sys.argv[1:])
