#!/usr/bin/env python3
"""Runs CPython 3.11's own regression tests under Minnow and counts, test
method by test method, what passes.

Each listed file is run as a user would run it, `minnow test_X.py -v`,
straight from CPython's test directory, with `tools/external_suite` on
PYTHONPATH so that `from test import support` finds the small
compatibility `test.support` kept there (every other `test.X` module still
comes from CPython's directory). The same file is also run under CPython,
and its list of tests is the one counted: a test that Minnow never reports
(the file failed to import, the run crashed or timed out) counts as an
error. When CPython cannot run a file, its test methods are counted from
the source with `ast`.

Pass rate = passed / (passed + failed + errors); skipped tests are shown
apart, next to the number CPython skips.

    python3 tools/external_suite.py [--minnow PATH] [--tests DIR]
        [--timeout S] [--write docs/EXTERNAL_SUITE.md] [--failures] [NAME ...]
"""

import argparse
import ast
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHIM = os.path.join(HERE, "external_suite")
DEFAULT_TESTS = "/root/.pyenv/versions/3.11.7/lib/python3.11/test"

FILES = [
    "test_int", "test_long", "test_float", "test_bool", "test_unicode", "test_string",
    "test_bytes", "test_list", "test_tuple", "test_dict", "test_set", "test_range",
    "test_slice", "test_enumerate", "test_exceptions", "test_builtin", "test_math",
    "test_random", "test_itertools", "test_functools", "test_operator", "test_collections",
    "test_format", "test_scope", "test_class", "test_generators", "test_grammar",
    "test_augassign", "test_contains", "test_compare", "test_dictviews", "test_unary",
    "test_pow", "test_int_literal", "test_userlist", "test_userdict", "test_sort",
    "test_super", "test_with", "test_raise", "test_keywordonlyarg", "test_unpack",
    "test_richcmp", "test_iter", "test_baseexception", "test_dictcomps", "test_binop",
    "test_property", "test_isinstance", "test_bisect", "test_heapq", "test_textwrap",
    "test_global", "test_funcattrs", "test_dynamic", "test_defaultdict", "test_deque",
    "test_userstring", "test_decorators", "test_opcodes", "test_string_literals",
    "test_fstring", "test_positional_only_arg",
]

PASSED = ("ok", "expected failure")
# Worst first: a method's outcome is the worst of its own and its subtests'.
SEVERITY = ["ERROR", "FAIL", "unexpected success", "ok", "expected failure", "skipped"]
TEST_LINE = re.compile(r"^\s*(\w+) \(([\w.]+)\)(.*)$")


def status_of(text):
    text = text.strip()
    for s in SEVERITY:
        if text.startswith(s):
            return "skipped" if s == "skipped" else s
    return None


def parse(output):
    """{test id: outcome} from a verbose unittest run's output."""
    results = {}
    pending = None
    for line in output.splitlines():
        m = TEST_LINE.match(line)
        if m and m.group(2).endswith("." + m.group(1)):
            test_id = m.group(2)
            rest = m.group(3)
            pending = test_id
            if " ... " in rest:
                record(results, test_id, rest.rsplit(" ... ", 1)[1])
                pending = None if status_of(rest.rsplit(" ... ", 1)[1]) else test_id
            continue
        if pending and " ... " in line:
            record(results, pending, line.rsplit(" ... ", 1)[1])
            pending = None
        elif pending and status_of(line):
            record(results, pending, line)
            pending = None
    return results


def record(results, test_id, text):
    status = status_of(text)
    if status is None:
        return
    old = results.get(test_id)
    if old is None or SEVERITY.index(status) < SEVERITY.index(old):
        results[test_id] = status


def ast_count(path, module):
    """Test ids of the methods defined in the file's TestCase-looking classes."""
    with open(path) as f:
        tree = ast.parse(f.read())
    ids = []
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name.startswith("test"):
                    ids.append("%s.%s.%s" % (module, node.name, item.name))
    return ids


def run(command, cwd, env, timeout):
    start = time.time()
    try:
        done = subprocess.run(command, cwd=cwd, env=env, timeout=timeout,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        out = done.stdout.decode("utf-8", "replace")
        err = done.stderr.decode("utf-8", "replace")
        status = done.returncode
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode("utf-8", "replace")
        err = (e.stderr or b"").decode("utf-8", "replace")
        status = "timeout"
    return out, err, status, time.time() - start


def last_error(err):
    """Why a run stopped early: an interpreter panic, or the exception of a
    file that failed before its tests ran; empty otherwise."""
    for line in err.splitlines():
        if " panicked at " in line:
            return "crash: panicked at " + line.split(" panicked at ", 1)[1].rstrip(":")
        if "has overflowed its stack" in line:
            return "crash: Rust stack overflow"
    lines = [l for l in err.splitlines() if l.strip()]
    if "Traceback (most recent call last):" not in err or not lines:
        return ""
    if any(l.startswith("Ran ") for l in lines):
        return ""
    return lines[-1][:100]


def run_file(name, args, env):
    path = os.path.join(args.tests, name + ".py")
    cp_out, cp_err, cp_status, _ = run([args.python, path, "-v"], "/tmp", None, args.timeout * 3)
    expected = parse(cp_err)
    if not expected:
        expected = {i: "ok" for i in ast_count(path, "__main__")}
    out, err, status, seconds = run([args.minnow, path, "-v"], "/tmp", env, args.timeout)
    got = parse(err)
    counts = {"passed": 0, "failed": 0, "errors": 0, "skipped": 0, "missing": 0}
    bad = []
    for test_id in sorted(set(expected) | set(got)):
        outcome = got.get(test_id)
        if outcome is None:
            counts["missing"] += 1
            bad.append((test_id, "not run"))
        elif outcome in PASSED:
            counts["passed"] += 1
        elif outcome == "skipped":
            counts["skipped"] += 1
        elif outcome == "FAIL":
            counts["failed"] += 1
            bad.append((test_id, outcome))
        else:
            counts["errors"] += 1
            bad.append((test_id, outcome))
    counts["cpython_skipped"] = sum(1 for v in expected.values() if v == "skipped")
    counts["seconds"] = seconds
    counts["status"] = status
    counts["note"] = "timeout" if status == "timeout" else last_error(err)
    return counts, bad, err


def table(rows):
    lines = [
        "| file | tests | passed | failed | errors | not run | skipped (CPython) | pass rate | note |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    total = {"passed": 0, "failed": 0, "errors": 0, "missing": 0, "skipped": 0, "cpython_skipped": 0}
    for name, c in rows:
        counted = c["passed"] + c["failed"] + c["errors"] + c["missing"]
        for k in total:
            total[k] += c[k]
        rate = 100.0 * c["passed"] / counted if counted else 100.0
        tests = counted + c["skipped"]
        note = c["note"].replace("|", "\\|")
        lines.append("| %s | %d | %d | %d | %d | %d | %d (%d) | %.1f %% | %s |" % (
            name, tests, c["passed"], c["failed"], c["errors"], c["missing"],
            c["skipped"], c["cpython_skipped"], rate, note))
    counted = total["passed"] + total["failed"] + total["errors"] + total["missing"]
    rate = 100.0 * total["passed"] / counted if counted else 100.0
    lines.append("| **all** | %d | %d | %d | %d | %d | %d (%d) | **%.1f %%** | |" % (
        counted + total["skipped"], total["passed"], total["failed"], total["errors"],
        total["missing"], total["skipped"], total["cpython_skipped"], rate))
    return "\n".join(lines), rate, total


def write_doc(path, text):
    begin = "<!-- external-suite:begin -->"
    end = "<!-- external-suite:end -->"
    block = "%s\n%s\n%s" % (begin, text, end)
    if os.path.exists(path):
        with open(path) as f:
            old = f.read()
        if begin in old and end in old:
            new = old[:old.index(begin)] + block + old[old.index(end) + len(end):]
        else:
            new = old.rstrip("\n") + "\n\n" + block + "\n"
    else:
        new = "# External suite\n\n" + block + "\n"
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w") as f:
        f.write(new)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minnow", default=os.path.join(
        os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")), "release", "minnow"))
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--tests", default=os.environ.get("CPYTHON_TESTS", DEFAULT_TESTS))
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--write", metavar="FILE", help="replace the results section of FILE")
    parser.add_argument("--failures", action="store_true", help="list each test that did not pass")
    parser.add_argument("names", nargs="*", help="test files (default: the built-in list)")
    args = parser.parse_args()
    if not os.path.isdir(args.tests):
        print("external suite skipped: no CPython test directory at %s" % args.tests)
        return 0
    if not os.path.exists(args.minnow):
        print("no minnow binary at %s (build it, or give --minnow)" % args.minnow)
        return 2
    env = dict(os.environ)
    env["PYTHONPATH"] = SHIM
    rows = []
    for name in args.names or FILES:
        name = name[:-3] if name.endswith(".py") else name
        if not os.path.exists(os.path.join(args.tests, name + ".py")):
            print("%s: not in %s, left out" % (name, args.tests))
            continue
        counts, bad, err = run_file(name, args, env)
        rows.append((name, counts))
        counted = counts["passed"] + counts["failed"] + counts["errors"] + counts["missing"]
        print("%-24s %4d/%-4d passed, %d skipped, %.1fs %s" % (
            name, counts["passed"], counted, counts["skipped"], counts["seconds"], counts["note"]),
            flush=True)
        if args.failures:
            for test_id, outcome in bad:
                print("    %-10s %s" % (outcome, test_id))
    text, rate, total = table(rows)
    print()
    print(text)
    if args.write:
        stamp = time.strftime("%Y-%m-%d", time.gmtime())
        intro = ("Run on %s with `python3 tools/external_suite.py --write %s`, against the tests of "
                 "CPython %s in `%s`.\n\n" % (stamp, args.write, sys.version.split()[0], args.tests))
        write_doc(args.write, intro + text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
