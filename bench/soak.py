#!/usr/bin/env python3
"""Runs every example many times with the GIL off and counts what happened.

    python3 bench/soak.py                  # 100 runs of each example, --gil=off --refcount=plain
    python3 bench/soak.py --runs 20 --flags=--gil=off --flags=--refcount=biased
    python3 bench/soak.py --only countdown --only deadlock

A race the user asks for may corrupt the program's counts (that is the lesson), but it must never
break gilvm itself: no Java exception may reach the user, and no run may end in gilvm's internal
error (exit status 70). The runner prints, per example, a histogram of exit statuses and the count
of runs whose stderr shows a Java exception; it exits 1 if that count is not zero anywhere.
"""

import argparse
import collections
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# What a Java exception looks like when it escapes: a Java stack frame or an exception class name.
JAVA = re.compile(r"^\s+at [\w.$]+\(|\bjava\.(lang|util|io)\.\w+(Exception|Error)\b|internal error", re.M)


def main():
    ap = argparse.ArgumentParser(description="examples run many times with the GIL off")
    ap.add_argument("--runs", type=int, default=100)
    ap.add_argument("--flags", action="append", help="gilvm flags (default: --gil=off --refcount=plain)")
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--only", action="append", metavar="NAME", help="only examples/NAME.py (repeatable)")
    args = ap.parse_args()
    flags = args.flags or ["--gil=off", "--refcount=plain"]
    examples = sorted(f for f in os.listdir(os.path.join(ROOT, "examples")) if f.endswith(".py"))
    if args.only:
        examples = [f for f in examples if f[:-3] in args.only]
    total_java = 0
    print(f"command: python3 bench/soak.py {' '.join(sys.argv[1:])}".rstrip() + f"  (flags {' '.join(flags)})")
    print("\n| example | runs | exit statuses | Java exceptions |")
    print("|---|---:|---|---:|")
    for ex in examples:
        statuses = collections.Counter()
        java = 0
        for r in range(args.runs):
            try:
                p = subprocess.run([os.path.join(ROOT, "gilvm"), os.path.join("examples", ex)] + flags, cwd=ROOT,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=args.timeout)
                statuses[p.returncode] += 1
                if p.returncode == 70 or JAVA.search(p.stderr.decode("utf-8", "replace")):
                    java += 1
            except subprocess.TimeoutExpired:
                statuses["timeout"] += 1
        total_java += java
        hist = ", ".join(f"{s}: {n}" for s, n in sorted(statuses.items(), key=lambda kv: str(kv[0])))
        print(f"| {ex} | {args.runs} | {hist} | {java} |", flush=True)
    print(f"\nJava exceptions in all runs: {total_java}")
    return 1 if total_java else 0


if __name__ == "__main__":
    sys.exit(main())
