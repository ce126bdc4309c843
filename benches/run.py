#!/usr/bin/env python3
"""Runs the Python benchmark programs under Minnow and CPython side by side.

Each program in benches/programs/ runs under both interpreters in the same
run, alternating, best of --repeat wall times; peak memory is the child's
maximum resident set size, as GNU time (/usr/bin/time) reports it. The last
line of output (the checksum) must be the same for both. Prints a table of time and memory ratios with their
geometric means and, with --write, replaces the Python-benchmark section of
benches/RESULTS.md.

    python3 benches/run.py [--scale N] [--repeat K] [--write]
"""

import argparse
import math
import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
START = "<!-- python-benchmarks:start -->"
END = "<!-- python-benchmarks:end -->"
GNU_TIME = "/usr/bin/time"


def measure(argv):
    """(wall seconds, peak RSS in KiB, stdout) of one run of argv.

    The peak RSS comes from GNU time, a small C program. It cannot come from
    a Python parent: the kernel counts a forked child's memory before its
    exec, so a Python parent's own ~13 MiB would set a floor under every
    measurement and hide the differences between small programs.
    """
    started = time.perf_counter()
    run = subprocess.run(
        [GNU_TIME, "-f", "%M"] + argv,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    wall = time.perf_counter() - started
    if run.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} exited {run.returncode}")
    rss = int(run.stderr.decode().strip().splitlines()[-1])
    return wall, rss, run.stdout.decode()


def last_line(text):
    lines = [l for l in text.splitlines() if l.strip()]
    return lines[-1] if lines else ""


def geomean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=None, help="scale argument (default: each program's own)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--minnow", default=os.path.join(ROOT, "target", "release", "minnow"))
    parser.add_argument("--python", default=shutil.which("python3.11", path="/usr/bin") or "python3")
    parser.add_argument("--write", action="store_true", help="update benches/RESULTS.md")
    parser.add_argument("programs", nargs="*")
    args = parser.parse_args()

    programs = args.programs or sorted(
        os.path.join(HERE, "programs", p) for p in os.listdir(os.path.join(HERE, "programs")) if p.endswith(".py")
    )
    extra = [] if args.scale is None else [str(args.scale)]
    rows = []
    for program in programs:
        name = os.path.basename(program)[:-3]
        best = {"minnow": (math.inf, 0, ""), "cpython": (math.inf, 0, "")}
        for _ in range(args.repeat):
            for label, exe in (("minnow", args.minnow), ("cpython", args.python)):
                wall, rss, out = measure([exe, program] + extra)
                t, m, o = best[label]
                best[label] = (min(t, wall), max(m, rss), out)
        (mt, mm, mo), (ct, cm, co) = best["minnow"], best["cpython"]
        same = last_line(mo) == last_line(co)
        rows.append((name, mt, ct, ct / mt, mm, cm, mm / cm, same))
        print(f"{name:28} minnow {mt:7.3f}s  cpython {ct:7.3f}s  speed x{ct / mt:5.2f}  "
              f"memory x{mm / cm:5.2f}  {'ok' if same else 'OUTPUT DIFFERS'}", flush=True)

    speed = geomean([r[3] for r in rows])
    memory = geomean([r[6] for r in rows])
    print(f"geometric mean: speed x{speed:.2f} (above 1: Minnow faster), memory x{memory:.2f} (below 1: Minnow smaller)")

    if args.write:
        table = [
            START,
            "",
            f"Command: `python3 benches/run.py --write{' --scale ' + str(args.scale) if args.scale else ''}`"
            f" (best of {args.repeat}, each program alternating between the interpreters in one run).",
            f"Minnow: `{os.path.relpath(args.minnow, ROOT)}`; CPython: `{args.python}`.",
            "Speed ratio = CPython time / Minnow time (above 1: Minnow faster).",
            "Memory ratio = Minnow peak RSS / CPython peak RSS (below 1: Minnow smaller).",
            "",
            "| program | Minnow s | CPython s | speed ratio | Minnow MiB | CPython MiB | memory ratio | same output |",
            "|---|---:|---:|---:|---:|---:|---:|---|",
        ]
        for name, mt, ct, sr, mm, cm, mr, same in rows:
            table.append(f"| {name} | {mt:.3f} | {ct:.3f} | {sr:.2f} | {mm / 1024:.1f} | {cm / 1024:.1f} | {mr:.2f} | {'yes' if same else 'NO'} |")
        table.append(f"| **geometric mean** | | | **{speed:.2f}** | | | **{memory:.2f}** | |")
        table += ["", END]
        path = os.path.join(HERE, "RESULTS.md")
        text = open(path).read() if os.path.exists(path) else "# Benchmark results\n"
        if START in text and END in text:
            before, _, rest = text.partition(START)
            _, _, after = rest.partition(END)
            text = before + "\n".join(table) + after
        else:
            text = text.rstrip() + "\n\n## Python programs\n\n" + "\n".join(table) + "\n"
        with open(path, "w") as f:
            f.write(text)
    return 0 if all(r[7] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
