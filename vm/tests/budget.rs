//! Programs that run against a heap limit: `budget/NAME.py` starts with a
//! line `# minnow: OPTIONS` (a `-X heap=SIZE` at least), and must print
//! `budget/NAME.py.out` and exit 0 with nothing on stderr, both normally and
//! with `-X gc-stress -X gc-verify`.
//!
//! CPython has no heap limit, so the expected output cannot be recorded
//! from it: each program checks its own results and prints what those
//! checks found (`True` lines), and plain-Python checksums that CPython
//! computes the same. `budget/README.md` says how each was written.

mod support;

use std::path::{Path, PathBuf};
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(120);

fn budget_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/budget")
}

/// The options on the program's first line.
fn options(source: &str) -> Vec<String> {
    let first = source.lines().next().unwrap_or("");
    let options = first
        .strip_prefix("# minnow:")
        .expect("a budget program starts with `# minnow: OPTIONS`");
    options.split_whitespace().map(str::to_string).collect()
}

/// Runs `name` with `args`; the failure, if any.
fn run(name: &str, args: &[String], expected: &[u8]) -> Option<String> {
    let all: Vec<&str> = args.iter().map(String::as_str).chain([name]).collect();
    let Some(output) = support::run_minnow(&all, &budget_dir(), TIMEOUT) else {
        return Some(format!("{name} {args:?}: timed out after {TIMEOUT:?}"));
    };
    if output.status.success() && output.stdout == expected && output.stderr.is_empty() {
        return None;
    }
    Some(format!(
        "{name} {args:?}: {}\n--- stdout\n{}--- want\n{}--- stderr\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(expected),
        String::from_utf8_lossy(&output.stderr)
    ))
}

#[test]
fn budget_programs_recover_from_memory_errors() {
    let mut names: Vec<String> = std::fs::read_dir(budget_dir())
        .expect("the budget directory exists")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".py"))
        .collect();
    names.sort();
    assert!(names.len() >= 3, "the budget programs are found");
    let mut failures = Vec::new();
    for name in &names {
        let dir = budget_dir();
        let source = std::fs::read_to_string(dir.join(name)).expect("readable");
        let expected = std::fs::read(dir.join(format!("{name}.out"))).expect("an expected output");
        let options = options(&source);
        assert!(
            options.iter().any(|o| o.starts_with("heap=")),
            "{name} sets a heap limit"
        );
        let stressed: Vec<String> = ["-X", "gc-stress", "-X", "gc-verify"]
            .iter()
            .map(|s| s.to_string())
            .chain(options.iter().cloned())
            .collect();
        failures.extend(run(name, &options, &expected));
        failures.extend(run(name, &stressed, &expected));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
