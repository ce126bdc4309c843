//! An exception raised by `__del__` or by a weak-reference callback is
//! printed on stderr as CPython prints an unraisable exception, and the
//! program goes on. (The conformance suite compares stdout only.)

use std::process::{Command, Stdio};

const PROGRAM: &str = r#"import gc
class Bad:
    def __del__(self):
        raise ValueError("boom")
def callback(ref):
    raise KeyError("cb")
import weakref
b = Bad()
r = weakref.ref(b, callback)
del b
gc.collect()
print("still running")
"#;

/// What CPython 3.11 prints for `PROGRAM` saved as `unraisable.py`, with
/// each address written `0x?`.
const EXPECTED_STDERR: &str = r#"Exception ignored in: <function Bad.__del__ at 0x?>
Traceback (most recent call last):
  File "unraisable.py", line 4, in __del__
    raise ValueError("boom")
ValueError: boom
Exception ignored in: <function callback at 0x?>
Traceback (most recent call last):
  File "unraisable.py", line 6, in callback
    raise KeyError("cb")
KeyError: 'cb'
"#;

fn without_addresses(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("0x") {
        out.push_str(&rest[..at + 2]);
        rest = rest[at + 2..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
        out.push('?');
    }
    out.push_str(rest);
    out
}

#[test]
fn exceptions_in_finalizers_and_callbacks_are_reported_and_ignored() {
    let dir = std::env::temp_dir().join(format!("minnow-unraisable-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    std::fs::write(dir.join("unraisable.py"), PROGRAM).expect("the program is written");
    for extra in [&[][..], &["-X", "gc-stress", "-X", "gc-verify"][..]] {
        let output = Command::new(env!("CARGO_BIN_EXE_minnow"))
            .args(extra)
            .arg("unraisable.py")
            .current_dir(&dir)
            .stdin(Stdio::null())
            .output()
            .expect("minnow runs");
        assert!(output.status.success(), "{extra:?}");
        assert_eq!(String::from_utf8_lossy(&output.stdout), "still running\n");
        assert_eq!(
            without_addresses(&String::from_utf8_lossy(&output.stderr)),
            EXPECTED_STDERR,
            "{extra:?}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
