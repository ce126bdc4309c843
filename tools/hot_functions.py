#!/usr/bin/env python3
"""Writes vm/link/hot-functions.txt: the functions of the `minnow` binary
that start-up and the benchmark corpus execute, start-up's first.

The release link (vm/build.rs) hands the file to the linker as a symbol
ordering, so that this code sits together at the front of `.text`. The
kernel maps a program's file pages in 64 KiB windows around each first
touch; scattered over the whole binary, the few hundred functions a small
program runs kept most of its 3.6 MB of code resident.

Run after a release build (`cargo build --release -p minnow-vm`):

    python3 tools/hot_functions.py [--minnow PATH] [--bench DIR]

It runs `valgrind --tool=callgrind` on an empty program and on each
benchmark at scale 1 (about a minute). Rust symbols are written without
the hash and the LLVM suffix they carry, which change with unrelated edits;
vm/link/cc resolves each name against the objects it links. A name no
longer found is skipped, so a stale list only costs locality, never
correctness.
"""

import argparse
import collections
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUTPUT = os.path.join(ROOT, "vm", "link", "hot-functions.txt")
FUNCTION_LINE = re.compile(r"c?fn=\((\d+)\)(?: (.*))?")


def stable_name(symbol):
    """The symbol without what changes from build to build (as vm/link/cc)."""
    if symbol.startswith(("_ZN", "_R")):
        symbol = re.sub(r"\.[0-9]+$", "", symbol)
        symbol = re.sub(r"17h[0-9a-f]+E$", "E", symbol)
    return symbol


def defined_functions(binary):
    listing = subprocess.run(
        ["nm", "--defined-only", binary], capture_output=True, text=True, check=True
    ).stdout
    names = set()
    for line in listing.splitlines():
        parts = line.split()
        # Functions, weak functions (much of libc) and indirect functions,
        # whose resolvers run at start-up.
        if len(parts) == 3 and parts[1] in "tTWi":
            names.add(parts[2])
    return names


def executed_costs(profile):
    """Instructions executed per function name in one callgrind profile."""
    costs = collections.Counter()
    names = {}
    current = None
    after_call = False
    with open(profile, errors="replace") as lines:
        for line in lines:
            if line.startswith(("fn=", "cfn=")):
                match = FUNCTION_LINE.match(line.rstrip("\n"))
                if match:
                    if match.group(2):
                        names[match.group(1)] = match.group(2)
                    if line.startswith("fn="):
                        current = names.get(match.group(1))
                        costs[current] += 0
            elif line.startswith("calls="):
                after_call = True
            elif line[:1].isdigit() or line[:1] in "+-*":
                # The line after `calls=` is the call's inclusive cost.
                if after_call:
                    after_call = False
                    continue
                fields = line.split()
                if current and len(fields) >= 2 and fields[1].isdigit():
                    costs[current] += int(fields[1])
    return costs


def profile(minnow, argv, workdir, name):
    out = os.path.join(workdir, name + ".callgrind")
    subprocess.run(
        ["valgrind", "--tool=callgrind", "--demangle=no", "--callgrind-out-file=" + out, minnow]
        + argv,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=True,
    )
    return executed_costs(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minnow", default=os.path.join(ROOT, "target", "release", "minnow"))
    parser.add_argument("--bench", default=os.path.join(ROOT, "..", "shared", "bench"))
    args = parser.parse_args()
    known = defined_functions(args.minnow)
    with tempfile.TemporaryDirectory() as workdir:
        empty = os.path.join(workdir, "empty.py")
        with open(empty, "w") as f:
            f.write("pass\n")
        startup = profile(args.minnow, [empty], workdir, "empty")
        corpus = collections.Counter()
        programs = sorted(p for p in os.listdir(args.bench) if p.endswith(".py"))
        for program in programs:
            print("profiling", program, file=sys.stderr)
            path = os.path.join(args.bench, program)
            corpus.update(profile(args.minnow, [path, "1"], workdir, program[:-3]))
    first = [n for n, _ in startup.most_common() if n in known]
    seen = set(first)
    rest = [n for n, _ in corpus.most_common() if n in known and n not in seen]
    ordered = list(dict.fromkeys(stable_name(n) for n in first + rest))
    os.makedirs(os.path.dirname(OUTPUT), exist_ok=True)
    with open(OUTPUT, "w") as f:
        f.write("\n".join(ordered) + "\n")
    print(f"{len(first)} start-up and {len(rest)} more functions -> {OUTPUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
