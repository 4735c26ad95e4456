#!/usr/bin/env python3
"""Runs the benchmark programs in bench/ under CPython and gilvm and prints a table.

    python3 bench/run.py                 # every program, 5 runs each under each interpreter
    python3 bench/run.py --runs 3 --only fib --only nbody

Each program runs under `python3` and under `./gilvm`, alternately (interleaved, so that a noisy
machine slows both alike), N times each. What is timed is the whole process, wall clock: start-up,
compilation and the run. The outputs must be equal (and the exit statuses 0), or the program is
reported as a mismatch and the runner exits 1. The table gives the medians, the ratio
gilvm/CPython, the geometric mean of the ratios, and the start-up time of examples/hello.py.

The runner builds nothing: it needs vm/target/gilvm.jar, built and not older than the sources.
See docs/performance.md.
"""

import argparse
import datetime
import math
import os
import platform
import statistics
import subprocess
import sys
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
JAR = os.path.join(ROOT, "vm", "target", "gilvm.jar")
HELLO = os.path.join("examples", "hello.py")
BUILD = "mvn -q -B package -DskipTests"
# What ./gilvm watches to decide whether the jar must be rebuilt (it would then build before running).
SOURCES = ["pom.xml", "grammar", os.path.join("vm", "pom.xml"), os.path.join("vm", "src", "main")]

# The targets of docs/performance.md.
MAX_RATIO = 2.0
MAX_GEOMEAN = 1.5
MAX_STARTUP = 0.5


# The runners in bench/; every other .py file is a benchmark program.
RUNNERS = {"run.py", "gil_bench.py", "soak.py"}


def programs():
    return sorted(f[:-3] for f in os.listdir(BENCH)
                  if f.endswith(".py") and f not in RUNNERS and not f.startswith("_"))


def stale_source():
    """A source file newer than the jar (so ./gilvm would rebuild first), or None."""
    jar_time = os.path.getmtime(JAR)
    for entry in SOURCES:
        path = os.path.join(ROOT, entry)
        if os.path.isfile(path):
            if os.path.getmtime(path) > jar_time:
                return entry
            continue
        for folder, dirs, files in os.walk(path):
            dirs[:] = [d for d in dirs if d != "target"]
            for f in files:
                p = os.path.join(folder, f)
                if os.path.getmtime(p) > jar_time:
                    return os.path.relpath(p, ROOT)
    return None


def run_once(cmd, timeout):
    start = time.perf_counter()
    p = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    elapsed = time.perf_counter() - start
    return elapsed, p.returncode, p.stdout, p.stderr


def fmt(seconds):
    return f"{seconds:.3f}" if seconds < 10 else f"{seconds:.2f}"


def java_version():
    try:
        p = subprocess.run(["java", "-version"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        return p.stdout.splitlines()[0].strip()
    except OSError:
        return "java: not found"


def main():
    ap = argparse.ArgumentParser(description="gilvm against CPython on the programs of bench/")
    ap.add_argument("--runs", type=int, default=5, help="runs of each program under each interpreter (default 5)")
    ap.add_argument("--only", action="append", metavar="NAME",
                    help="run only this program (repeatable; NAME as in bench/NAME.py)")
    ap.add_argument("--python", default="python3", help="the CPython to compare with (default python3)")
    ap.add_argument("--timeout", type=float, default=900, help="seconds before one run is abandoned (default 900)")
    args = ap.parse_args()

    if not os.path.isfile(JAR):
        sys.exit(f"bench: vm/target/gilvm.jar is missing; build it first: {BUILD}")
    stale = stale_source()
    if stale:
        sys.exit(f"bench: vm/target/gilvm.jar is older than {stale} (./gilvm would rebuild); build it first: {BUILD}")
    if args.runs < 1:
        sys.exit("bench: --runs must be at least 1")

    names = programs()
    if args.only:
        unknown = [n for n in args.only if n not in names]
        if unknown:
            sys.exit(f"bench: no program bench/{unknown[0]}.py (there are: {', '.join(names)})")
        names = [n for n in names if n in args.only]

    gilvm = [os.path.join(ROOT, "gilvm")]
    python = [args.python]
    jobs = [(n, os.path.join("bench", n + ".py")) for n in names] + [("hello (start-up)", HELLO)]
    times = {(n, which): [] for n, _ in jobs for which in ("cpython", "gilvm")}
    mismatches = {}

    for r in range(args.runs):
        for name, script in jobs:
            # Alternate which interpreter goes first, so neither always runs on a warmer machine.
            order = [("cpython", python), ("gilvm", gilvm)]
            if r % 2:
                order.reverse()
            outputs = {}
            for which, interp in order:
                t, status, out, err = run_once(interp + [script], args.timeout)
                times[(name, which)].append(t)
                outputs[which] = (status, out, err)
            (ps, po, pe), (gs, go, ge) = outputs["cpython"], outputs["gilvm"]
            if ps != 0 or gs != 0 or po != go:
                why = (f"exit statuses {ps} (CPython) and {gs} (gilvm)" if ps != 0 or gs != 0
                       else "the outputs differ")
                detail = (pe or ge).decode("utf-8", "replace").strip().splitlines()
                mismatches.setdefault(name, why + (": " + detail[-1] if detail else ""))
            print(f"[run {r + 1}/{args.runs}] {name:<17} CPython {fmt(times[(name, 'cpython')][-1])} s, "
                  f"gilvm {fmt(times[(name, 'gilvm')][-1])} s", file=sys.stderr, flush=True)

    print(f"gilvm against CPython, {datetime.date.today().isoformat()}, {os.cpu_count()} cores, "
          f"{platform.python_implementation()} {platform.python_version()} ({args.python}), {java_version()}")
    print(f"command: python3 bench/run.py {' '.join(sys.argv[1:])}".rstrip()
          + f"  (medians of {args.runs} runs, whole-process wall time)")
    print()
    print("| program | CPython (s) | gilvm (s) | gilvm/CPython |")
    print("|---|---:|---:|---:|")
    ratios = []
    for name, _ in jobs[:-1]:
        c = statistics.median(times[(name, "cpython")])
        g = statistics.median(times[(name, "gilvm")])
        ratio = g / c
        ratios.append(ratio)
        flag = "" if ratio <= MAX_RATIO else f" (target <= {MAX_RATIO})"
        if name in mismatches:
            flag += " MISMATCH"
        print(f"| {name} | {fmt(c)} | {fmt(g)} | {ratio:.2f}{flag} |")
    if ratios:
        geo = math.exp(sum(math.log(x) for x in ratios) / len(ratios))
        flag = "" if geo <= MAX_GEOMEAN else f" (target <= {MAX_GEOMEAN})"
        print(f"| geometric mean | | | {geo:.2f}{flag} |")
    hc = statistics.median(times[("hello (start-up)", "cpython")])
    hg = statistics.median(times[("hello (start-up)", "gilvm")])
    flag = "" if hg < MAX_STARTUP else f" (target < {MAX_STARTUP} s)"
    print(f"| hello (start-up) | {fmt(hc)} | {fmt(hg)}{flag} | {hg / hc:.2f} |")

    for name, why in mismatches.items():
        print(f"bench: {name}: CPython and gilvm disagree: {why}", file=sys.stderr)
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
