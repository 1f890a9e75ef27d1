#!/usr/bin/env python3
"""Time one command the way the peer benchmark needs it.

    measure.py --runs R --json OUT.json --stdout FILE -- COMMAND ARGS...

Runs COMMAND R times, each in its own process under `/usr/bin/time -f %M`
(peak resident memory in KB, descendants included; also %U %S, the CPU
seconds, which other load on the machine disturbs less than wall time), with
its standard output
sent to FILE (the last run's output is kept). Wall time is measured here with
a monotonic clock, so it includes process start-up. Writes
{"runs": [seconds...], "median_s", "min_s", "cpu_s" (median), "peak_kb"} to OUT.json.
Standard library only.
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time


def main() -> int:
    args = sys.argv[1:]
    runs, out_json, stdout_path = 1, None, os.devnull
    while args and args[0] != "--":
        flag = args.pop(0)
        if flag == "--runs":
            runs = int(args.pop(0))
        elif flag == "--json":
            out_json = args.pop(0)
        elif flag == "--stdout":
            stdout_path = args.pop(0)
        else:
            print(f"measure.py: unknown flag {flag}", file=sys.stderr)
            return 2
    if not args or out_json is None:
        print("usage: measure.py --runs R --json OUT.json [--stdout FILE] -- CMD...", file=sys.stderr)
        return 2
    cmd = args[1:]
    times, peaks, cpus = [], [], []
    for _ in range(runs):
        with tempfile.NamedTemporaryFile("r", suffix=".time") as tf, open(stdout_path, "wb") as out:
            start = time.perf_counter()
            proc = subprocess.run(["/usr/bin/time", "-f", "%M %U %S", "-o", tf.name, *cmd], stdout=out)
            elapsed = time.perf_counter() - start
            if proc.returncode != 0:
                print(f"measure.py: command failed ({proc.returncode}): {' '.join(cmd)[:300]}", file=sys.stderr)
                return proc.returncode or 1
            lines = [l for l in tf.read().splitlines() if l.strip()]
            peak, user, system = lines[-1].split()
            peaks.append(int(peak))
            cpus.append(float(user) + float(system))
        times.append(elapsed)
    result = {
        "cmd": " ".join(cmd)[:500],
        "runs": times,
        "median_s": statistics.median(times),
        "min_s": min(times),
        "cpu_s": statistics.median(cpus),
        "peak_kb": max(peaks),
    }
    with open(out_json, "w") as f:
        json.dump(result, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
