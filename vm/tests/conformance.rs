//! The Python conformance suite: every `py/NAME.py` runs under `minnow`,
//! and its stdout and exit status must equal CPython 3.11's, recorded in
//! `NAME.py.out` (and `NAME.py.exit`) by `record.py`. The whole suite runs
//! three times: normally, with a minor collection at every safepoint and the
//! heap verified around every collection (`-X gc-stress -X gc-verify`),
//! and with a small nursery and verification (`-X nursery=64K -X gc-verify`).
//!
//! `py/KNOWN_FAILURES` lists the tests that do not pass yet, one per line
//! with the reason after a `#`. A listed test that passes fails the suite
//! too, so the list only shrinks.

mod support;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Duration;

/// Each test runs well under a second; a minute means it hangs.
const TIMEOUT: Duration = Duration::from_secs(30);

fn suite_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/py")
}

fn tests() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(suite_dir())
        .expect("the suite directory exists")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".py") && !n.starts_with("mod_"))
        .filter(|n| suite_dir().join(format!("{n}.out")).is_file())
        .collect();
    names.sort();
    names
}

fn known_failures() -> BTreeSet<String> {
    std::fs::read_to_string(suite_dir().join("KNOWN_FAILURES"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

/// Runs one test; `None` when it passes, else what went wrong.
fn run(name: &str, extra: &[&str]) -> Option<String> {
    let dir = suite_dir();
    let expected = std::fs::read(dir.join(format!("{name}.out"))).expect("recorded output");
    let expected_status: i32 = std::fs::read_to_string(dir.join(format!("{name}.exit")))
        .map(|s| s.trim().parse().expect("an exit status"))
        .unwrap_or(0);
    let args: Vec<&str> = extra.iter().copied().chain([name]).collect();
    let Some(output) = support::run_minnow(&args, &dir, TIMEOUT) else {
        return Some(format!("{name} {extra:?}: timed out after {TIMEOUT:?}"));
    };
    let exit = output.status;
    let status = exit.code().unwrap_or(-1);
    if output.stdout == expected && status == expected_status {
        return None;
    }
    let got = String::from_utf8_lossy(&output.stdout);
    let want = String::from_utf8_lossy(&expected);
    let first_difference = got
        .lines()
        .zip(want.lines())
        .position(|(a, b)| a != b)
        .unwrap_or(got.lines().count().min(want.lines().count()));
    let stderr = String::from_utf8_lossy(&output.stderr);
    Some(format!(
        "{name} {extra:?}: exit {status} (want {expected_status}); first difference at line {}:\n  got:  {:?}\n  want: {:?}\n  stderr: {}",
        first_difference + 1,
        got.lines().nth(first_difference).unwrap_or("<end>"),
        want.lines().nth(first_difference).unwrap_or("<end>"),
        stderr.lines().rev().take(3).collect::<Vec<_>>().join(" | ")
    ))
}

/// Runs the suite in `mode` on all cores; returns (failures, unexpected passes).
fn run_suite(extra: &[&str]) -> (Vec<String>, Vec<String>) {
    let names = tests();
    assert!(names.len() >= 150, "the suite has {} tests", names.len());
    let known = known_failures();
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    let fixed = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(name) = names.get(i) else { break };
                let result = run(name, extra);
                match (result, known.contains(name)) {
                    (Some(report), false) => failures.lock().unwrap().push(report),
                    (None, true) => fixed.lock().unwrap().push(name.clone()),
                    _ => {}
                }
            });
        }
    });
    let mut failures = failures.into_inner().unwrap();
    let mut fixed = fixed.into_inner().unwrap();
    failures.sort();
    fixed.sort();
    println!(
        "conformance {extra:?}: {} tests, {} known failures, {} new failures, {} newly passing",
        names.len(),
        known.len(),
        failures.len(),
        fixed.len()
    );
    (failures, fixed)
}

fn check(extra: &[&str]) {
    let (failures, fixed) = run_suite(extra);
    for f in &failures {
        println!("FAIL {f}");
    }
    for f in &fixed {
        println!("NOW PASSES (remove from KNOWN_FAILURES): {f}");
    }
    assert!(
        failures.is_empty() && fixed.is_empty(),
        "{} failures, {} fixed",
        failures.len(),
        fixed.len()
    );
}

#[test]
fn conformance() {
    check(&[]);
}

#[test]
fn conformance_under_gc_stress_and_verify() {
    check(&["-X", "gc-stress", "-X", "gc-verify"]);
}

/// A small nursery makes minor collections, which move objects, frequent:
/// native code that keeps an unrooted value across a call into Python
/// fails verification here even when stress mode's collections miss it.
#[test]
fn conformance_with_small_nursery_and_verify() {
    check(&["-X", "nursery=64K", "-X", "gc-verify"]);
}
