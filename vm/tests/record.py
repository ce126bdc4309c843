#!/usr/bin/env python3
"""Re-record the expected output of Minnow's Python conformance tests with CPython.

Usage (from anywhere):

    python3 vm/tests/record.py                 # every test in vm/tests/py/
    python3 vm/tests/record.py lang_walrus exc_*   # some tests (names, NAME.py, or globs)
    python3 vm/tests/record.py --check         # compare with the recorded files, write nothing

For each test NAME.py (every vm/tests/py/*.py except helper modules mod_*.py) the
script runs `python3 NAME.py` with the tests directory as working directory, and
writes its stdout to NAME.py.out and, when the exit status is not 0, the status to
NAME.py.exit (a stale NAME.py.exit is removed when the status is 0).

Every test is run four times: twice with the default (random) hash seed and once
each with PYTHONHASHSEED=0 and PYTHONHASHSEED=12345. If stdout or the exit status
differs between runs, the test is reported as nondeterministic and its files are
not written: fix the test. Also reported: a nonzero exit status from a test not
named exit_*, exit status 0 from an exit_* test, timeouts, warnings on stderr,
slow tests, and .out/.exit files whose test no longer exists.

The exit status of this script is 0 when every selected test recorded (or, with
--check, matched) cleanly, 1 otherwise.
"""

import argparse
import fnmatch
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

TESTS_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "py")
HELPER_PREFIX = "mod_"
EXIT_PREFIX = "exit_"
SEEDS = [None, None, "0", "12345"]  # None: leave PYTHONHASHSEED unset (random)
SLOW_SECONDS = 0.5

# Environment variables that could change what CPython prints or where it imports from.
SCRUB = ["PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "PYTHONHASHSEED", "PYTHONWARNINGS",
         "PYTHONOPTIMIZE", "PYTHONINSPECT", "PYTHONSAFEPATH", "PYTHONDEVMODE", "PYTHONUTF8",
         "PYTHONIOENCODING", "PYTHONBREAKPOINT", "PYTHONPYCACHEPREFIX"]


def all_tests():
    return sorted(f for f in os.listdir(TESTS_DIR)
                  if f.endswith(".py") and not f.startswith(HELPER_PREFIX)
                  and os.path.isfile(os.path.join(TESTS_DIR, f)))


def select(names):
    tests = all_tests()
    if not names:
        return tests, []
    chosen, unknown = [], []
    for name in names:
        base = os.path.basename(name)
        if base.endswith(".out") or base.endswith(".exit"):
            base = base.rsplit(".", 1)[0]
        if not base.endswith(".py") and not base.endswith("*"):
            base += ".py"
        matches = fnmatch.filter(tests, base) or fnmatch.filter(tests, base + ".py")
        if not matches:
            unknown.append(name)
        for m in matches:
            if m not in chosen:
                chosen.append(m)
    return sorted(chosen), unknown


def base_env():
    env = dict(os.environ)
    for var in SCRUB:
        env.pop(var, None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # keep __pycache__ out of the tests directory
    env["PYTHONIOENCODING"] = "utf-8"
    env["LC_ALL"] = env.get("LC_ALL") or "C.UTF-8"
    return env


def run_once(python, test, seed, timeout):
    env = base_env()
    if seed is not None:
        env["PYTHONHASHSEED"] = seed
    start = time.monotonic()
    try:
        proc = subprocess.run([python, test], cwd=TESTS_DIR, env=env, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    return proc.stdout, proc.returncode, proc.stderr, time.monotonic() - start


def run_test(python, test, timeout):
    """Returns (test, stdout, status, problems, warnings)."""
    runs = [run_once(python, test, seed, timeout) for seed in SEEDS]
    if any(r is None for r in runs):
        return test, None, None, ["timed out after %ss" % timeout], []
    out, status, err, _ = runs[0]
    problems, warnings = [], []
    for seed, (o, s, _, _) in zip(SEEDS[1:], runs[1:]):
        if o != out or s != status:
            label = "random seed" if seed is None else "PYTHONHASHSEED=" + seed
            problems.append("nondeterministic: output differs between runs (%s)" % label)
            break
    if test.startswith(EXIT_PREFIX):
        if status == 0:
            problems.append("exit_* test exited with status 0")
    elif status != 0:
        tail = err.decode("utf-8", "replace").strip().splitlines()[-1:] or ["(no stderr)"]
        problems.append("exited with status %d: %s" % (status, tail[0]))
    text = err.decode("utf-8", "replace")
    if "Warning:" in text:
        warnings.append("warning on stderr: " + next(l for l in text.splitlines() if "Warning:" in l).strip())
    fastest = min(r[3] for r in runs)
    if fastest > SLOW_SECONDS:
        warnings.append("slow: %.2fs" % fastest)
    return test, out, status, problems, warnings


def read(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return None


def write_or_check(test, out, status, check):
    """Writes NAME.py.out / NAME.py.exit, or in check mode returns a list of mismatches."""
    out_path = os.path.join(TESTS_DIR, test + ".out")
    exit_path = os.path.join(TESTS_DIR, test + ".exit")
    want_exit = None if status == 0 else ("%d\n" % status).encode()
    if check:
        diffs = []
        if read(out_path) != out:
            diffs.append("recorded .out differs from CPython's output" if read(out_path) is not None
                         else "no .out recorded")
        have_exit = read(exit_path)
        if (have_exit.strip() if have_exit else None) != (want_exit.strip() if want_exit else None):
            diffs.append("recorded .exit differs (CPython exit status %d)" % status)
        return diffs
    if read(out_path) != out:
        with open(out_path, "wb") as f:
            f.write(out)
    if want_exit is None:
        if os.path.exists(exit_path):
            os.remove(exit_path)
    elif read(exit_path) != want_exit:
        with open(exit_path, "wb") as f:
            f.write(want_exit)
    return []


def orphans():
    tests = set(all_tests())
    out = []
    for f in sorted(os.listdir(TESTS_DIR)):
        for suffix in (".out", ".exit"):
            if f.endswith(suffix) and f[:-len(suffix)] not in tests:
                out.append(f)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*", help="tests to record (NAME, NAME.py or a glob); default: all")
    ap.add_argument("--check", action="store_true", help="compare with recorded files instead of writing")
    ap.add_argument("--python", default="python3", help="CPython interpreter to use (default: python3)")
    ap.add_argument("--timeout", type=float, default=20.0, help="seconds per run (default: 20)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, help="parallel tests")
    args = ap.parse_args()

    version = subprocess.run([args.python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                             stdout=subprocess.PIPE, check=True).stdout.decode().strip()
    if version != "3.11":
        print("error: expected CPython 3.11, %s is %s" % (args.python, version), file=sys.stderr)
        return 1

    tests, unknown = select(args.names)
    for name in unknown:
        print("error: no test matches %r" % name)
    if not tests:
        print("no tests selected")
        return 1

    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(lambda t: run_test(args.python, t, args.timeout), tests))

    failed, nondeterministic, warned = [], 0, 0
    for test, out, status, problems, warnings in results:
        if any(p.startswith(("nondeterministic", "timed out")) for p in problems):
            nondeterministic += 1
        if not problems:
            problems = write_or_check(test, out, status, args.check)
        for p in problems:
            print("FAIL %s: %s" % (test, p))
        for w in warnings:
            print("WARN %s: %s" % (test, w))
        warned += bool(warnings)
        if problems:
            failed.append(test)
    if not args.names:
        for f in orphans():
            print("WARN orphan expectation file without a test: %s" % f)
            warned += 1

    mode = "checked" if args.check else "recorded"
    runs = len(SEEDS)
    print("%d tests %s (%d runs each: 2 with random hash seeds, PYTHONHASHSEED=0 and =12345); "
          "%d failed, %d with warnings" % (len(tests) - len(failed), mode, runs, len(failed), warned))
    if nondeterministic:
        print("%d tests are NONDETERMINISTIC or timed out: fix them" % nondeterministic)
    else:
        print("all %d selected tests are deterministic" % len(tests))
    return 1 if failed or unknown else 0


if __name__ == "__main__":
    sys.exit(main())
