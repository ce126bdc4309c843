//! Minnow's own view of its collector, which CPython cannot record:
//! `--gc-stats` and `--gc-log`, the heap options and their errors,
//! `gc.heap_info()`, what the gc module's thresholds and switches do to
//! the heap, and the sizes `sys.getsizeof` reports.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::{Command, Stdio};

struct Run {
    status: i32,
    stdout: String,
    stderr: String,
}

/// Runs `minnow` with `args` and the environment variables `env`.
fn minnow_env(args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_minnow"));
    command.args(args).stdin(Stdio::null());
    for var in [
        "MINNOW_HEAP_LIMIT",
        "MINNOW_NURSERY",
        "MINNOW_GC_GROWTH",
        "MINNOW_GC_FLOOR",
        "MINNOW_GC_STRESS",
        "MINNOW_GC_VERIFY",
        "MINNOW_GC_POISON",
    ] {
        command.env_remove(var);
    }
    for (name, value) in env {
        command.env(name, value);
    }
    let output = command.output().expect("minnow runs");
    Run {
        status: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn minnow(args: &[&str]) -> Run {
    minnow_env(args, &[])
}

/// Runs `source` with `-c` after `options`; it must exit with 0.
fn python(options: &[&str], source: &str) -> Run {
    let mut args = options.to_vec();
    args.extend(["-c", source]);
    let run = minnow(&args);
    assert_eq!(run.status, 0, "{source}\nstderr: {}", run.stderr);
    run
}

/// `name=value` lines printed by a program, as a map.
fn printed_values(stdout: &str) -> BTreeMap<String, String> {
    stdout
        .lines()
        .filter_map(|line| line.split_once('='))
        .map(|(name, value)| (name.to_string(), value.to_string()))
        .collect()
}

/// A file name in the temporary directory, unique to this test process.
fn temp_path(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("minnow-gc-observe-{}-{name}", std::process::id()))
}

const ALLOCATING: &str = "
import gc
kept = []
for i in range(60000):
    kept.append([i, str(i)])
    junk = (i, i + 1, [i])
gc.collect()
print('done', len(kept))
";

/// The `--gc-stats` summary as (name, value) pairs, checking its shape.
fn summary(stderr: &str) -> BTreeMap<String, String> {
    let start = stderr
        .find("minnow gc stats (median and p99 within 6.25 %)\n")
        .unwrap_or_else(|| panic!("no summary in {stderr:?}"));
    let lines: BTreeMap<String, String> = stderr[start..]
        .lines()
        .skip(1)
        .map(|line| {
            assert!(line.starts_with("  "), "{line:?}");
            let (name, value) = line.trim().split_once(':').expect("name: value");
            (name.to_string(), value.trim().to_string())
        })
        .collect();
    let names = [
        "collections",
        "pause total",
        "pause max",
        "pause median",
        "pause p99",
        "allocated",
        "promoted",
        "freed",
        "live after last",
        "peak heap",
        "refused allocations",
    ];
    assert_eq!(
        lines.keys().collect::<Vec<_>>(),
        {
            let mut sorted = names.to_vec();
            sorted.sort();
            sorted
        },
        "{stderr}"
    );
    lines
}

/// "123 (minor 100, major 23)" as (123, 100, 23).
fn collections(value: &str) -> (u64, u64, u64) {
    let numbers: Vec<u64> = value
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().unwrap())
        .collect();
    assert_eq!(numbers.len(), 3, "{value}");
    (numbers[0], numbers[1], numbers[2])
}

/// The exact byte count in "1.2 MiB (1234567 bytes)" or "512 bytes".
fn byte_count(value: &str) -> u64 {
    let digits = match value.find('(') {
        Some(open) => &value[open + 1..],
        None => value,
    };
    digits
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no byte count in {value:?}"))
}

#[test]
fn gc_stats_prints_a_summary_on_stderr_at_exit() {
    let run = python(&["--gc-stats"], ALLOCATING);
    assert_eq!(run.stdout, "done 60000\n", "stdout is the program's alone");
    let lines = summary(&run.stderr);
    let (total, minor, major) = collections(&lines["collections"]);
    assert!(total > 0 && total == minor + major, "{lines:?}");
    assert!(major >= 1, "gc.collect() ran a major collection");
    assert!(byte_count(&lines["allocated"]) > 60000 * 50);
    assert!(byte_count(&lines["promoted"]) > 0);
    assert!(byte_count(&lines["peak heap"]) >= byte_count(&lines["live after last"]));
    assert_eq!(lines["refused allocations"], "0");
    for name in ["pause total", "pause max", "pause median", "pause p99"] {
        let value = &lines[name];
        assert!(
            [" ns", " us", " ms", " s"]
                .iter()
                .any(|unit| value.ends_with(unit)),
            "{name}: {value}"
        );
    }

    // Also when the program exits with an error or through sys.exit.
    let failing = minnow(&["--gc-stats", "-c", "[[i] for i in range(50000)]; 1/0"]);
    assert_eq!(failing.status, 1);
    assert!(failing.stderr.contains("ZeroDivisionError"));
    summary(&failing.stderr);
    let exiting = minnow(&["--gc-stats", "-c", "import sys; sys.exit(3)"]);
    assert_eq!(exiting.status, 3);
    assert_eq!(collections(&summary(&exiting.stderr)["collections"]).0, 0);
}

/// The fields of one `--gc-log` line, checking that it is a flat JSON
/// object of strings and integers.
fn json_fields(line: &str) -> BTreeMap<String, String> {
    let body = line
        .strip_prefix('{')
        .and_then(|l| l.strip_suffix('}'))
        .unwrap_or_else(|| panic!("not an object: {line}"));
    body.split(',')
        .map(|pair| {
            let (key, value) = pair.split_once(':').expect("key:value");
            let key = key
                .strip_prefix('"')
                .and_then(|k| k.strip_suffix('"'))
                .unwrap_or_else(|| panic!("unquoted key in {line}"));
            let value = match value.strip_prefix('"') {
                Some(text) => text.strip_suffix('"').expect("closed string").to_string(),
                None => {
                    value
                        .parse::<u64>()
                        .unwrap_or_else(|_| panic!("not a number: {value} in {line}"));
                    value.to_string()
                }
            };
            (key.to_string(), value)
        })
        .collect()
}

#[test]
fn gc_log_writes_one_json_line_per_collection() {
    let path = temp_path("log.jsonl");
    let log_option = format!("--gc-log={}", path.display());
    let run = python(&[&log_option, "--gc-stats"], ALLOCATING);
    let text = std::fs::read_to_string(&path).expect("the log was written");
    std::fs::remove_file(&path).ok();
    let events: Vec<BTreeMap<String, String>> = text.lines().map(json_fields).collect();
    let (total, _, major) = collections(&summary(&run.stderr)["collections"]);
    assert_eq!(events.len() as u64, total);
    let keys = [
        "freed",
        "freed_objects",
        "heap_after",
        "heap_before",
        "kind",
        "nursery",
        "nursery_capacity",
        "pause_ns",
        "promoted",
        "remembered",
        "remembered_fields",
        "start_ns",
        "young_freed",
        "young_large",
    ];
    let number =
        |event: &BTreeMap<String, String>, key: &str| -> u64 { event[key].parse().unwrap() };
    let mut previous_end = 0;
    for event in &events {
        assert_eq!(event.keys().map(String::as_str).collect::<Vec<_>>(), keys);
        assert!(
            event["kind"] == "minor" || event["kind"] == "major",
            "{event:?}"
        );
        assert!(number(event, "start_ns") >= previous_end, "in time order");
        previous_end = number(event, "start_ns") + number(event, "pause_ns");
        assert!(number(event, "nursery") <= number(event, "nursery_capacity"));
        assert_eq!(
            number(event, "promoted") + number(event, "young_freed"),
            number(event, "nursery") + number(event, "young_large")
        );
        assert!(number(event, "heap_before") >= number(event, "nursery_capacity"));
    }
    let majors = events.iter().filter(|e| e["kind"] == "major").count() as u64;
    assert_eq!(majors, major);
    let last = events.last().expect("gc.collect() was logged");
    assert_eq!(last["kind"], "major");
    assert!(
        number(last, "freed_objects") > 0,
        "the junk tuples died young"
    );

    // The file name may also follow as the next argument.
    let path = temp_path("separate.jsonl");
    let path_text = path.display().to_string();
    python(
        &["--gc-log", &path_text],
        "import gc; gc.collect(); gc.collect(0)",
    );
    let text = std::fs::read_to_string(&path).expect("the log was written");
    std::fs::remove_file(&path).ok();
    let kinds: Vec<String> = text
        .lines()
        .map(|l| json_fields(l)["kind"].clone())
        .collect();
    assert_eq!(kinds, ["major", "minor"]);
}

#[test]
fn bad_heap_and_gc_options_exit_with_status_2_and_say_why() {
    // Options that take the next argument come last, with no program.
    type Case = (
        &'static [&'static str],
        &'static [(&'static str, &'static str)],
        &'static str,
    );
    let cases: &[Case] = &[
        (
            &["-X", "heap=lots"],
            &[],
            "-X heap=lots: invalid size (expected e.g. 512K, 16M, 1G)",
        ),
        (
            &["-X", "heap=1K"],
            &[],
            "-X heap=1K: below the minimum heap limit",
        ),
        (
            &["-X", "heap"],
            &[],
            "-X heap: needs a value (-X heap=SIZE)",
        ),
        (
            &["-Xnursery=1K"],
            &[],
            "-X nursery=1K: below the minimum nursery size",
        ),
        (&["-X", "nursery=big"], &[], "-X nursery=big: invalid size"),
        (
            &["-X", "gc-growth=0.5"],
            &[],
            "-X gc-growth=0.5: expected a number >= 1.0",
        ),
        (
            &["-X", "gc-growth=fast"],
            &[],
            "-X gc-growth=fast: expected a number >= 1.0",
        ),
        (
            &["-X", "gc-stress=maybe"],
            &[],
            "-X gc-stress=maybe: expected no value",
        ),
        (
            &["-X", "gc-verify=2"],
            &[],
            "-X gc-verify=2: expected no value",
        ),
        (
            &["-X", "colour=red"],
            &[],
            "-X colour=red: unknown option (heap options: heap,",
        ),
        (&["-X"], &[], "Argument expected for the -X option"),
        (
            &["--gc-log"],
            &[],
            "Argument expected for the --gc-log option",
        ),
        (&["--gc-log="], &[], "--gc-log= needs a file name"),
        (&["--gc-stat"], &[], "unknown option --gc-stat"),
        (
            &[],
            &[("MINNOW_HEAP_LIMIT", "abc")],
            "MINNOW_HEAP_LIMIT=abc: invalid size",
        ),
        (
            &[],
            &[("MINNOW_NURSERY", "1")],
            "MINNOW_NURSERY=1: below the minimum nursery size",
        ),
        (
            &[],
            &[("MINNOW_GC_GROWTH", "0")],
            "MINNOW_GC_GROWTH=0: expected a number >= 1.0",
        ),
        (
            &[],
            &[("MINNOW_GC_STRESS", "sometimes")],
            "MINNOW_GC_STRESS=sometimes: expected no value",
        ),
    ];
    for &(options, env, message) in cases {
        let mut args = options.to_vec();
        if !matches!(options, ["-X"] | ["--gc-log"]) {
            args.extend(["-c", "print('ran')"]);
        }
        let run = minnow_env(&args, env);
        assert_eq!(run.status, 2, "{options:?} {env:?}: {}", run.stderr);
        assert_eq!(run.stdout, "", "{options:?} {env:?} ran the program");
        assert!(
            run.stderr.starts_with(message),
            "{options:?} {env:?}: {:?} does not start with {message:?}",
            run.stderr
        );
        if env.is_empty() {
            assert!(
                run.stderr.contains("usage: minnow"),
                "{options:?}: {}",
                run.stderr
            );
        }
    }
    let unwritable = temp_path("no-such-directory").join("log.jsonl");
    let option = format!("--gc-log={}", unwritable.display());
    let run = minnow(&[&option, "-c", "print('ran')"]);
    assert_eq!((run.status, run.stdout.as_str()), (2, ""));
    assert!(
        run.stderr.starts_with("minnow: can't open --gc-log file"),
        "{}",
        run.stderr
    );
}

#[test]
fn good_heap_options_reach_the_heap() {
    let show = "import gc; info = gc.heap_info(); print(f\"limit={info['limit']}\"); print(f\"nursery={info['nursery_bytes']}\"); print(f\"threshold={gc.get_threshold()}\")";
    let run = python(
        &[
            "-X",
            "heap=16M",
            "-X",
            "nursery=128K",
            "-X",
            "gc-growth=2.5",
            "-Xgc-stress",
            "-X",
            "gc-verify=1",
        ],
        show,
    );
    let values = printed_values(&run.stdout);
    assert_eq!(values["limit"], (16 << 20).to_string());
    assert_eq!(values["nursery"], (128 << 10).to_string());
    assert_eq!(values["threshold"], "(128, 10, 15)");
    let run = minnow_env(
        &["-c", show],
        &[
            ("MINNOW_HEAP_LIMIT", "8M"),
            ("MINNOW_NURSERY", "64K"),
            ("MINNOW_GC_GROWTH", "3"),
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let values = printed_values(&run.stdout);
    assert_eq!(values["limit"], (8 << 20).to_string());
    assert_eq!(values["nursery"], (64 << 10).to_string());
    assert_eq!(values["threshold"], "(64, 10, 20)");
    // The command line wins over the environment.
    let run = minnow_env(
        &["-X", "heap=4M", "-c", show],
        &[("MINNOW_HEAP_LIMIT", "8M")],
    );
    assert_eq!(printed_values(&run.stdout)["limit"], (4 << 20).to_string());
}

#[test]
fn heap_info_says_where_the_memory_is() {
    let run = python(
        &["-X", "heap=32M", "-X", "nursery=256K"],
        "
import gc
big = list(range(10000))
young = [[i] for i in range(100)]
for key, value in sorted(gc.heap_info().items()):
    print(f'{key}={value!r}')
print(f'types={sorted(set(type(v).__name__ for v in gc.heap_info().values()))}')
",
    );
    let info = printed_values(&run.stdout);
    let keys: Vec<&str> = info.keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "fragmentation",
            "heap_bytes",
            "large_bytes",
            "large_objects",
            "limit",
            "major_threshold",
            "nursery_bytes",
            "nursery_used",
            "old_page_bytes",
            "old_used_bytes",
            "remembered_fields",
            "remembered_set",
            "types",
            "used_bytes",
            "young_large_bytes",
        ]
    );
    assert_eq!(info["types"], "['float', 'int']");
    let n = |key: &str| -> u64 {
        info[key]
            .parse()
            .unwrap_or_else(|_| panic!("{key}={}", info[key]))
    };
    assert_eq!(n("limit"), 32 << 20);
    assert_eq!(n("nursery_bytes"), 256 << 10);
    assert!(n("nursery_used") > 0 && n("nursery_used") <= n("nursery_bytes"));
    assert!(n("large_objects") >= 1, "the list of 10000 items is large");
    assert!(n("large_bytes") >= 80000);
    assert!(n("young_large_bytes") <= n("large_bytes"));
    assert!(n("old_used_bytes") <= n("old_page_bytes"));
    assert_eq!(
        n("heap_bytes"),
        n("nursery_bytes") + n("old_page_bytes") + n("large_bytes")
    );
    assert_eq!(
        n("used_bytes"),
        n("nursery_used") + n("old_used_bytes") + n("large_bytes")
    );
    let fragmentation: f64 = info["fragmentation"].parse().unwrap();
    assert!((0.0..1.0).contains(&fragmentation));
    let unlimited = python(
        &[],
        "import gc; print(f\"limit={gc.heap_info()['limit']}\")",
    );
    assert_eq!(printed_values(&unlimited.stdout)["limit"], "None");
}

#[test]
fn thresholds_and_disable_drive_the_heap() {
    let run = python(
        &[],
        "
import gc
gc.set_threshold(256)
gc.collect(0)
print(f\"nursery={gc.heap_info()['nursery_bytes']}\")
gc.set_threshold(1)
gc.collect(0)
print(f\"smallest={gc.heap_info()['nursery_bytes']}\")
gc.set_threshold(1024, 10, 8)
gc.collect()
gc.collect(0)
junk = [[i] for i in range(2000)]
print(f'count_grows={gc.get_count()[0] > 0}')

before = gc.get_stats()
gc.disable()
kept = [[i] for i in range(400000)]
during = gc.get_stats()
print(f\"majors_while_disabled={during[2]['collections'] - before[2]['collections']}\")
print(f\"minors_while_disabled={during[0]['collections'] > before[0]['collections']}\")
print(f\"over_threshold={gc.heap_info()['old_used_bytes'] > gc.heap_info()['major_threshold']}\")
print(f'count_of_minors={gc.get_count()[1] > 0}')
gc.enable()
more = [[i] for i in range(1000)]
print(f\"majors_after_enable={gc.get_stats()[2]['collections'] > during[2]['collections']}\")
print(f'count_after_major={gc.get_count()[1] < during[0][\"collections\"]}')

gc.set_threshold(0)
before = gc.get_stats()[2]['collections']
kept2 = [[i] for i in range(400000)]
print(f\"majors_at_threshold_0={gc.get_stats()[2]['collections'] - before}\")
print(f'enabled_at_threshold_0={gc.isenabled()}')
gc.collect()
gc.set_threshold(1024, 10, 100)
info = gc.heap_info()
print(f\"growth_11={info['major_threshold'] >= 10 * (info['old_used_bytes'] + info['large_bytes'])}\")
",
    );
    let values = printed_values(&run.stdout);
    assert_eq!(values["nursery"], (256 << 10).to_string());
    assert_eq!(values["smallest"], (64 << 10).to_string());
    for key in [
        "count_grows",
        "minors_while_disabled",
        "over_threshold",
        "count_of_minors",
        "majors_after_enable",
        "count_after_major",
        "enabled_at_threshold_0",
        "growth_11",
    ] {
        assert_eq!(values[key], "True", "{key}: {}", run.stdout);
    }
    assert_eq!(values["majors_while_disabled"], "0");
    assert_eq!(values["majors_at_threshold_0"], "0");
}

#[test]
fn collect_returns_the_objects_it_found_dead() {
    let run = python(
        &[],
        "
import gc
class Node:
    pass
gc.collect()
nodes = [Node() for _ in range(1000)]
for a, b in zip(nodes, nodes[1:]):
    a.next = b
    b.prev = a
gc.collect()
print(f'kept={gc.collect()}')
del nodes, a, b
print(f'freed={gc.collect()}')
",
    );
    let values = printed_values(&run.stdout);
    let kept: u64 = values["kept"].parse().unwrap();
    let freed: u64 = values["freed"].parse().unwrap();
    assert!(kept < 100, "nothing but temporaries died: {kept}");
    assert!(freed >= 1001, "the nodes and their list: {freed}");
}

#[test]
fn callbacks_see_automatic_collections_of_both_kinds() {
    let run = python(
        &["-X", "nursery=64K"],
        "
import gc
seen = []
gc.callbacks.append(lambda phase, info: seen.append((phase, info['generation'], info['collected'])))
kept = [[i, str(i)] for i in range(200000)]
gc.callbacks.clear()
print(f'generations={sorted(set(g for _, g, _ in seen))}')
print(f\"minor_stops_count_nothing={all(c == 0 for p, g, c in seen if p == 'stop' and g == 0)}\")
print(f\"start_collects_nothing={all(c == 0 for p, _, c in seen if p == 'start')}\")
",
    );
    let values = printed_values(&run.stdout);
    assert_eq!(values["generations"], "[0, 2]");
    assert_eq!(values["minor_stops_count_nothing"], "True");
    assert_eq!(values["start_collects_nothing"], "True");
}

#[test]
fn getsizeof_reports_the_bytes_of_minnow_objects() {
    let run = python(
        &[],
        "
import sys
class Empty:
    pass
cases = {
    'small_int': 0, 'large_small_int': 2**40, 'immediate_float': 1.5, 'none': None,
    'true': True, 'empty_tuple': (), 'tuple3': (1, 2, 3), 'empty_list': [],
    'list3': [1, 2, 3], 'empty_str': '', 'str9': 'abcdefghi', 'bytes3': b'abc',
    'big_int': 2**100, 'boxed_float': 1e300, 'empty_dict': {}, 'range': range(5),
    'empty_bytearray': bytearray(), 'bytearray3': bytearray(b'abc'),
}
for name, value in cases.items():
    print(f'{name}={sys.getsizeof(value)}')
    assert sys.getsizeof(value) == value.__sizeof__(), name
print(f'instance_at_least={sys.getsizeof(Empty()) >= 40}')
grown = []
for i in range(9):
    grown.append(i)
print(f'grown={sys.getsizeof(grown)}')
print(f'dict1={sys.getsizeof({1: 2})}')
",
    );
    let values = printed_values(&run.stdout);
    // Header words: 8 bytes; an immediate is one word.
    let expected = [
        ("small_int", 8),
        ("large_small_int", 8),
        ("immediate_float", 8),
        ("none", 8),
        ("true", 8),
        ("empty_tuple", 8),
        ("tuple3", 8 + 3 * 8),
        ("empty_list", 24),
        ("list3", 24 + 8 + 3 * 8),
        ("empty_str", 32),
        ("str9", 32 + 16),
        ("bytes3", 24 + 8),
        ("big_int", 16 + 2 * 8),
        ("boxed_float", 16),
        ("empty_dict", 48),
        ("range", 32),
        ("empty_bytearray", 24 + 16),
        ("bytearray3", 24 + 16),
    ];
    for (name, bytes) in expected {
        assert_eq!(values[name], bytes.to_string(), "{name}");
    }
    assert_eq!(values["instance_at_least"], "True");
    // Appending 9 items one by one grows the array as CPython's list does,
    // to 16 slots; every slot counts.
    assert_eq!(values["grown"], (24 + 8 + 16 * 8).to_string());
    // A dict's index table (8 i32 slots) and entry array (5 entries of hash,
    // key and value) count.
    assert_eq!(values["dict1"], (48 + (8 + 32) + (8 + 15 * 8)).to_string());
}

#[test]
fn the_report_tool_draws_a_log() {
    if Command::new("python3").arg("--version").output().is_err() {
        eprintln!("no python3: tools/gc_report.py is not checked");
        return;
    }
    let log = temp_path("report.jsonl");
    let svg = temp_path("report.svg");
    let log_option = format!("--gc-log={}", log.display());
    python(&[&log_option], ALLOCATING);
    let collections = std::fs::read_to_string(&log).unwrap().lines().count();
    let tool = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tools/gc_report.py");
    let output = Command::new("python3")
        .arg(&tool)
        .arg(&log)
        .arg("-o")
        .arg(&svg)
        .arg("--title")
        .arg("a <test> & report")
        .output()
        .expect("python3 runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = std::fs::read_to_string(&svg).expect("the report was written");
    std::fs::remove_file(&log).ok();
    std::fs::remove_file(&svg).ok();
    assert!(text.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(text.ends_with("</svg>\n"));
    assert!(text.contains("a &lt;test&gt; &amp; report"));
    assert!(text.contains(&format!("{collections} collections (")));
    // A pause band per collection, and at least one histogram bar.
    let bands = text.matches("fill-opacity=\"0.35\"").count();
    assert_eq!(bands, collections);
    assert!(text.contains("<polyline"));

    let bad = temp_path("bad.jsonl");
    std::fs::write(&bad, "{\"kind\": \"minor\"}\n").unwrap();
    let output = Command::new("python3")
        .arg(&tool)
        .arg(&bad)
        .output()
        .unwrap();
    std::fs::remove_file(&bad).ok();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("not a --gc-log line (no start_ns"));
}
