#!/usr/bin/env python3
"""Summarises Flight Recorder recordings of the profile mode (ProfileRun), side by side.

Usage: jfr_summary.py [--top N] profile-sdk.jfr profile-raw.jfr

Reads the recordings with the JDK's `jfr print --json` and prints, per recording: calls (from the
ProfileRun log next to it), execution samples by thread group, by top frame and by the first
project frame on the stack (inclusive), monitor enters and waits by monitor class and frame,
parks and sleeps by thread group and frame, allocation samples by class and top frame, socket reads and
writes, thread starts, and the average CPU load by thread group.
"""
import collections
import json
import os
import re
import subprocess
import sys

INCLUSIVE = [  # (label, frame prefix): a sample counts once for each label found on its stack
    ("Feign (feign.*)", "feign."),
    ("SDK core (io.github.mistral4j.core)", "io.github.mistral4j.core."),
    ("SDK connectors/agents clients", ("io.github.mistral4j.connectors.", "io.github.mistral4j.agents.")),
    ("CallDeadlines", "io.github.mistral4j.core.internal.CallDeadlines"),
    ("Jackson", "com.fasterxml.jackson."),
    ("JDK HTTP client", "jdk.internal.net.http."),
    ("NIO socket", "sun.nio.ch."),
]


JDK = ("java.", "javax.", "jdk.", "sun.", "com.sun.")
OWNERS = [("Feign", "feign."), ("SDK core", "io.github.mistral4j.core."),
          ("SDK connectors", "io.github.mistral4j.connectors."), ("SDK agents", "io.github.mistral4j.agents."),
          ("Jackson", "com.fasterxml.jackson."), ("benchmark", "io.github.mistral4j.benchmarks.")]


def owner_group(frame):
    if frame is None:
        return "JDK only (HTTP client, selector, GC-free JDK code)"
    return next((label for label, prefix in OWNERS if frame.startswith(prefix)), "other: " + frame.rsplit(".", 2)[0])


DEPTH = {"jdk.ExecutionSample": 64, "jdk.JavaMonitorEnter": 12, "jdk.JavaMonitorWait": 12, "jdk.ThreadSleep": 12,
         "jdk.ThreadPark": 6, "jdk.ObjectAllocationSample": 6}


def events(path, types, depth=None):
    """Events of the given types (one `jfr print` per call; shallow stacks keep the JSON small)."""
    d = max(DEPTH.get(t, 1) for t in types)
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", str(d), "--events", ",".join(types), path],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)["recording"]["events"]


def frame_name(f):
    m = f["method"]
    return m["type"]["name"].replace("/", ".") + "." + m["name"]


def frames(e):
    st = e["values"].get("stackTrace")
    return [frame_name(f) for f in st["frames"]] if st else []


def group(name):
    """Thread name without its numbers: sdk-caller-7 -> sdk-caller-N."""
    return re.sub(r"\d+$", "N", re.sub(r"-\d+", "-N", name or "?"))


def thread(e, key):
    t = e["values"].get(key) or e["values"].get("eventThread")
    return (t or {}).get("javaName") or (t or {}).get("osName") or "?"


def seconds(d):
    m = re.match(r"PT(?:(\d+)M)?([\d.]+)S", d or "")
    return (int(m.group(1) or 0) * 60 + float(m.group(2))) if m else 0.0


def first_outside(fs, skip=("java.", "jdk.internal.misc.", "sun.", "jdk.internal.net.http.common.")):
    for f in fs:
        if not f.startswith(skip):
            return f
    return fs[0] if fs else "?"


def calls_of(path):
    log = path[:-4] + ".log"
    if os.path.exists(log):
        m = re.search(r"(\d+) calls in ([\d.]+) s", open(log).read())
        if m:
            return int(m.group(1)), float(m.group(2))
    return None, None


def top(counter, n, fmt="{:6d}"):
    return ["  " + fmt.format(v) + "  " + k for k, v in counter.most_common(n)]


def summarise(path, n):
    calls, secs = calls_of(path)
    lines = ["== " + os.path.basename(path) + (": {} calls in {} s".format(calls, secs) if calls else "")]
    per = (lambda v: " ({:.2f} per 1000 calls)".format(v * 1000 / calls)) if calls else (lambda v: "")

    samples = events(path, ["jdk.ExecutionSample"], 64)
    by_thread, by_top, inclusive = collections.Counter(), collections.Counter(), collections.Counter()
    by_owner, by_owner_frame = collections.Counter(), collections.Counter()
    for e in samples:
        fs = frames(e)
        by_thread[group(thread(e, "sampledThread"))] += 1
        by_top[fs[0] if fs else "?"] += 1
        owner = next((f for f in fs if not f.startswith(JDK)), None)
        by_owner[owner_group(owner)] += 1
        by_owner_frame[owner or "(JDK frames only)"] += 1
        for label, prefix in INCLUSIVE:
            if any(f.startswith(prefix) for f in fs):
                inclusive[label] += 1
    lines.append("execution samples: {}{}".format(len(samples), per(len(samples))))
    lines.append(" by thread group:")
    lines += top(by_thread, n)
    lines.append(" on the stack (inclusive, share of samples):")
    lines += ["  {:6d} {:5.1f} %  {}".format(inclusive[l], 100.0 * inclusive[l] / max(1, len(samples)), l)
              for l, _ in INCLUSIVE]
    lines.append(" by the first non-JDK frame from the top (who spent it):")
    lines += top(by_owner, n)
    lines.append(" top first non-JDK frames:")
    lines += top(by_owner_frame, n)
    lines.append(" top frames (self):")
    lines += top(by_top, n)

    for kind, key in (("jdk.JavaMonitorEnter", "monitorClass"), ("jdk.JavaMonitorWait", "monitorClass")):
        evs = events(path, [kind], 12)
        count, time = collections.Counter(), collections.Counter()
        for e in evs:
            mc = (e["values"].get(key) or {}).get("name", "?").replace("/", ".")
            k = "{} at {} [{}]".format(mc, first_outside(frames(e)), group(thread(e, "eventThread")))
            count[k] += 1
            time[k] += seconds(e["values"].get("duration"))
        total = sum(seconds(e["values"].get("duration")) for e in evs)
        lines.append("{}: {} events{}, {:.3f} s blocked in total".format(kind, len(evs), per(len(evs)), total))
        lines += ["  {:6d} {:8.1f} ms  {}".format(count[k], time[k] * 1e3, k) for k, _ in time.most_common(n)]

    parks = events(path, ["jdk.ThreadPark"], 14)
    count, time = collections.Counter(), collections.Counter()
    for e in parks:
        pc = (e["values"].get("parkedClass") or {}).get("name", "-").replace("/", ".")
        k = "[{}] {} at {}".format(group(thread(e, "eventThread")), pc, first_outside(frames(e)))
        count[k] += 1
        time[k] += seconds(e["values"].get("duration"))
    lines.append("jdk.ThreadPark: {} events{}".format(len(parks), per(len(parks))))
    lines += ["  {:6d} {:9.1f} ms  {}".format(count[k], time[k] * 1e3, k) for k, _ in count.most_common(n)]

    sleeps = events(path, ["jdk.ThreadSleep"], 14)
    count, time = collections.Counter(), collections.Counter()
    for e in sleeps:
        k = "[{}] at {}".format(group(thread(e, "eventThread")), first_outside(frames(e)))
        count[k] += 1
        time[k] += seconds(e["values"].get("duration"))
    lines.append("jdk.ThreadSleep: {} events{}".format(len(sleeps), per(len(sleeps))))
    lines += ["  {:6d} {:9.1f} ms  {}".format(count[k], time[k] * 1e3, k) for k, _ in count.most_common(n)]

    allocs = events(path, ["jdk.ObjectAllocationSample"], 8)
    weight = collections.Counter()
    for e in allocs:
        weight[(e["values"].get("objectClass") or {}).get("name", "?").replace("/", ".") + " at "
               + first_outside(frames(e))] += int(e["values"].get("weight", 0))
    lines.append("allocation samples: {}, weight {:.0f} MB".format(len(allocs), sum(weight.values()) / 1e6))
    lines += top(weight, n, "{:12,d}")

    sock = events(path, ["jdk.SocketRead", "jdk.SocketWrite"], 1)
    sc = collections.Counter((e["type"], group(thread(e, "eventThread"))) for e in sock)
    lines.append("socket events: {}{}".format(len(sock), per(len(sock))))
    lines += ["  {:6d}  {} [{}]".format(v, k[0], k[1]) for k, v in sc.most_common(n)]

    starts = events(path, ["jdk.ThreadStart"], 1)
    st = collections.Counter(group(thread(e, "thread")) for e in starts)
    lines.append("threads started: {}".format(len(starts)))
    lines += top(st, n)

    loads = events(path, ["jdk.ThreadCPULoad"], 1)
    cpu, seen = collections.Counter(), collections.defaultdict(set)
    for e in loads:
        g = group(thread(e, "eventThread"))
        cpu[g] += float(e["values"].get("user", 0)) + float(e["values"].get("system", 0))
        seen[g].add(thread(e, "eventThread"))
    ticks = max(1, len({e["values"]["startTime"][:19] for e in loads}))
    lines.append("CPU load by thread group (sum over its threads, average per second, 1.0 = one core; threads):")
    lines += ["  {:6.3f}  {} ({})".format(v / ticks, k, len(seen[k])) for k, v in cpu.most_common(n)]
    return lines


def main(argv):
    n = 15
    if argv[:1] == ["--top"]:
        n, argv = int(argv[1]), argv[2:]
    if not argv:
        sys.exit(__doc__)
    for path in argv:
        print("\n".join(summarise(path, n)))
        print()


if __name__ == "__main__":
    main(sys.argv[1:])
