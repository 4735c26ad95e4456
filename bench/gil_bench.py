#!/usr/bin/env python3
"""What the GIL and the count strategies cost, and what two threads gain, measured.

    python3 bench/gil_bench.py             # 5 runs of everything
    python3 bench/gil_bench.py --runs 9
    python3 bench/gil_bench.py --only trace

Four tables (medians of interleaved runs; see docs/performance.md for the figures):
  1. single-thread cost of the GIL: bench/countdown.py and bench/wordcount.py with --gil=on and
     --gil=off (one thread, so the GIL is never contended: the cost is the switch-point checks and
     the container locks);
  2. single-thread cost of each count strategy: the same programs with --refcount=plain, atomic,
     biased (GIL on);
  3. two threads: examples/countdown.py's ratio (two threads on twice the work / one thread on the
     work once) under CPython and under gilvm in each mode;
  4. the cost of recording the timeline: examples with threads run plain and with --trace.
Process wall time is what tables 1, 2 and 4 compare; table 3 uses the times the program prints.

The runner builds nothing: it needs vm/target/gilvm.jar, built and not older than the sources.
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
sys.path.insert(0, BENCH)
import run as runner  # noqa: E402  (the jar checks and formatting of bench/run.py)

SINGLE = ["bench/countdown.py", "bench/wordcount.py"]
# What --trace records is GIL hand-offs and blocking, never instructions: threads that hand the GIL
# over every 5 ms (countdown: a few thousand events), and two threads that hand a token back and
# forth through locks (pingpong: about 170,000 events in half a second, the worst case).
TRACED = ["examples/countdown.py", "bench/threads/pingpong.py"]
TWO_THREAD_MODES = [
    ("gilvm, GIL on, plain", ["--gil=on", "--refcount=plain"]),
    ("gilvm, GIL off, plain", ["--gil=off", "--refcount=plain"]),
    ("gilvm, GIL off, atomic", ["--gil=off", "--refcount=atomic"]),
    ("gilvm, GIL off, biased", ["--gil=off", "--refcount=biased"]),
]


def wall(cmd, timeout):
    start = time.perf_counter()
    p = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    if p.returncode != 0:
        sys.exit(f"gil_bench: {' '.join(cmd)} exited {p.returncode}: {p.stderr.decode(errors='replace')[-500:]}")
    return time.perf_counter() - start, p.stdout.decode()


def compare(title, variants, programs, runs, timeout):
    """Interleaved runs of each program under each variant; a table of medians against the first."""
    gilvm = os.path.join(ROOT, "gilvm")
    times = {(p, v): [] for p in programs for v, _ in variants}
    for r in range(runs):
        for p in programs:
            order = variants if r % 2 == 0 else list(reversed(variants))
            for v, flags in order:
                t, _ = wall([gilvm, p] + flags, timeout)
                times[(p, v)].append(t)
        print(f"[{title}: run {r + 1}/{runs}]", file=sys.stderr, flush=True)
    base = variants[0][0]
    print(f"\n{title}\n")
    print("| program | " + " | ".join(f"{v} (s)" for v, _ in variants) + " | "
          + " | ".join(f"{v} / {base}" for v, _ in variants[1:]) + " |")
    print("|---|" + "---:|" * (2 * len(variants) - 1))
    for p in programs:
        med = [statistics.median(times[(p, v)]) for v, _ in variants]
        print(f"| {os.path.basename(p)[:-3]} | " + " | ".join(runner.fmt(m) for m in med) + " | "
              + " | ".join(f"{m / med[0]:.3f}" for m in med[1:]) + " |")


def two_threads(runs, python, timeout):
    script = os.path.join("examples", "countdown.py")
    modes = [("CPython 3.11", [python, script])] + [
        (name, [os.path.join(ROOT, "gilvm"), script] + flags) for name, flags in TWO_THREAD_MODES]
    ratios = {name: [] for name, _ in modes}
    for r in range(runs):
        for name, cmd in (modes if r % 2 == 0 else list(reversed(modes))):
            _, out = wall(cmd, timeout)
            ratios[name].append(float(re.search(r"ratio:\s+([0-9.]+)", out).group(1)))
        print(f"[two threads: run {r + 1}/{runs}]", file=sys.stderr, flush=True)
    print("\nTwo threads on twice the work / one thread on the work once (examples/countdown.py)\n")
    print("| interpreter | median ratio | min | max |")
    print("|---|---:|---:|---:|")
    for name, _ in modes:
        xs = ratios[name]
        print(f"| {name} | {statistics.median(xs):.2f} | {min(xs):.2f} | {max(xs):.2f} |")


def main():
    ap = argparse.ArgumentParser(description="the cost of the GIL and of each count strategy, and two threads")
    ap.add_argument("--runs", type=int, default=5, help="runs of each measurement (default 5)")
    ap.add_argument("--python", default="python3", help="the CPython to compare with (default python3)")
    ap.add_argument("--timeout", type=float, default=900)
    ap.add_argument("--only", choices=["gil", "refcount", "threads", "trace"], help="one table only")
    args = ap.parse_args()
    if not os.path.isfile(runner.JAR):
        sys.exit(f"gil_bench: vm/target/gilvm.jar is missing; build it first: {runner.BUILD}")
    stale = runner.stale_source()
    if stale:
        sys.exit(f"gil_bench: vm/target/gilvm.jar is older than {stale}; build it first: {runner.BUILD}")
    print(f"command: python3 bench/gil_bench.py {' '.join(sys.argv[1:])}".rstrip()
          + f"  ({os.cpu_count()} cores, {runner.java_version()}, medians of {args.runs} interleaved runs)")
    if args.only in (None, "gil"):
        compare("Single-thread cost of the GIL (whole-process wall time)",
                [("GIL on", ["--gil=on"]), ("GIL off", ["--gil=off"])], SINGLE, args.runs, args.timeout)
    if args.only in (None, "refcount"):
        compare("Single-thread cost of each count strategy, GIL on (whole-process wall time)",
                [("plain", ["--refcount=plain"]), ("atomic", ["--refcount=atomic"]),
                 ("biased", ["--refcount=biased"])], SINGLE, args.runs, args.timeout)
    if args.only in (None, "threads"):
        two_threads(args.runs, args.python, args.timeout)
    if args.only in (None, "trace"):
        trace_file = os.path.join(tempfile.mkdtemp(prefix="gil_bench"), "trace.json")
        compare("Cost of recording the timeline, GIL on (whole-process wall time)",
                [("no trace", []), ("--trace", ["--trace=" + trace_file])], TRACED, args.runs, args.timeout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
