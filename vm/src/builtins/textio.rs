//! Reading `sys.stdin`, and the attributes the three standard streams show
//! (`name`, `mode`, `encoding`, their repr).
//!
//! Reads go through Rust's buffered stdin, the same buffer `input()`
//! reads, so the two can be mixed. Standard output is flushed first, as
//! CPython does before it blocks on a read from a terminal.

use std::io::{BufRead, Read};

use minnow_heap::Value;
use minnow_objects::{field, layout};

use crate::runtime::natives::Args;
use crate::runtime::types::TypeId;
use crate::runtime::{PyResult, Vm};

use super::Methods;

pub const STDIO_METHODS: Methods = &[
    ("read", read),
    ("readline", readline),
    ("readlines", readlines),
    ("__iter__", iter),
    ("__next__", next),
    ("readable", readable),
    ("writable", writable),
    ("isatty", isatty),
    ("seekable", seekable),
];

/// The descriptor (0, 1 or 2) of a standard stream.
fn stream_fd(vm: &Vm, v: Value) -> Option<i64> {
    let o = vm.obj_of(v, layout::INSTANCE)?;
    vm.heap.field(o, field::INSTANCE::base).as_small_int()
}

/// Sets `name`, `mode`, `encoding` and `errors` on a new standard stream.
pub fn set_stream_attributes(vm: &mut Vm, stream: Value, fd: i64) -> PyResult<()> {
    let (name, mode) = match fd {
        0 => ("<stdin>", "r"),
        1 => ("<stdout>", "w"),
        _ => ("<stderr>", "w"),
    };
    let errors = if fd == 2 {
        "backslashreplace"
    } else {
        "strict"
    };
    vm.rooted(&[stream], |vm, base| {
        for (attr, text) in [
            ("name", name),
            ("mode", mode),
            ("encoding", "utf-8"),
            ("errors", errors),
        ] {
            let key = vm.intern(attr)?;
            let value = vm.new_str(text)?;
            let dict = vm.instance_dict(vm.stack[base], true)?;
            let dict = dict.expect("streams have a dict");
            vm.dict_set(dict, key, value)?;
        }
        Ok(())
    })
}

fn check_readable(vm: &mut Vm, stream: Value) -> PyResult<()> {
    if stream_fd(vm, stream) != Some(0) {
        return Err(vm.raise_msg(TypeId::OSError, "not readable"));
    }
    vm.flush_stdout();
    Ok(())
}

/// A size argument: None or negative means everything.
fn size_arg(vm: &mut Vm, v: Value) -> PyResult<Option<usize>> {
    if v.is_empty() || v == Value::NONE {
        return Ok(None);
    }
    if !vm.is_int(v) || v.is_float() {
        let msg = format!(
            "argument should be integer or None, not '{}'",
            vm.type_name_of(v)
        );
        return Err(vm.type_error(&msg));
    }
    let n = vm.as_index(v)?;
    Ok(usize::try_from(n).ok())
}

fn decoded(vm: &mut Vm, bytes: Vec<u8>) -> PyResult<Value> {
    match String::from_utf8(bytes) {
        Ok(text) => vm.new_str(&text),
        Err(e) => {
            let pos = e.utf8_error().valid_up_to();
            let byte = e.as_bytes()[pos];
            let msg = format!(
                "'utf-8' codec can't decode byte {byte:#04x} in position {pos}: invalid start byte"
            );
            Err(vm.raise_msg(TypeId::UnicodeDecodeError, &msg))
        }
    }
}

/// Reads one character's bytes (a UTF-8 sequence) onto `out`; false at
/// the end of input.
fn read_char(input: &mut impl BufRead, out: &mut Vec<u8>) -> std::io::Result<bool> {
    let mut first = [0u8];
    if input.read(&mut first)? == 0 {
        return Ok(false);
    }
    out.push(first[0]);
    let more = match first[0] {
        0xF0..=0xFF => 3,
        0xE0..=0xEF => 2,
        0xC0..=0xDF => 1,
        _ => 0,
    };
    for _ in 0..more {
        let mut next = [0u8];
        if input.read(&mut next)? == 0 {
            break;
        }
        out.push(next[0]);
    }
    Ok(true)
}

fn read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (stream, [size]) = vm.method_range_args::<1>(args, 0, "read")?;
    check_readable(vm, stream)?;
    let size = size_arg(vm, size)?;
    let mut bytes = Vec::new();
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let result = match size {
        None => input.read_to_end(&mut bytes).map(|_| ()),
        Some(n) => (0..n)
            .try_for_each(|_| match read_char(&mut input, &mut bytes) {
                Ok(true) => Ok(()),
                Ok(false) => Err(None),
                Err(e) => Err(Some(e)),
            })
            .or_else(|e| e.map_or(Ok(()), Err)),
    };
    drop(input);
    if let Err(e) = result {
        return Err(vm.raise_msg(TypeId::OSError, &e.to_string()));
    }
    decoded(vm, bytes)
}

/// One line, with its newline unless the input ended first ("" at the end).
fn read_line(vm: &mut Vm, limit: Option<usize>) -> PyResult<Value> {
    let mut bytes = Vec::new();
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let result = match limit {
        None => input.read_until(b'\n', &mut bytes).map(|_| ()),
        Some(n) => {
            let mut outcome = Ok(());
            for _ in 0..n {
                match read_char(&mut input, &mut bytes) {
                    Ok(true) if bytes.last() == Some(&b'\n') => break,
                    Ok(true) => {}
                    Ok(false) => break,
                    Err(e) => {
                        outcome = Err(e);
                        break;
                    }
                }
            }
            outcome
        }
    };
    drop(input);
    if let Err(e) = result {
        return Err(vm.raise_msg(TypeId::OSError, &e.to_string()));
    }
    decoded(vm, bytes)
}

fn readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (stream, [size]) = vm.method_range_args::<1>(args, 0, "readline")?;
    check_readable(vm, stream)?;
    let limit = size_arg(vm, size)?;
    read_line(vm, limit)
}

fn readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (stream, [hint]) = vm.method_range_args::<1>(args, 0, "readlines")?;
    check_readable(vm, stream)?;
    let hint = size_arg(vm, hint)?.filter(|&h| h > 0);
    let base = vm.stack.len();
    let mut total = 0;
    let result = loop {
        match read_line(vm, None) {
            Ok(line) => {
                let n = vm.str_text(line).len();
                if n == 0 {
                    break Ok(());
                }
                vm.stack.push(line);
                total += n;
                if hint.is_some_and(|h| total >= h) {
                    break Ok(());
                }
            }
            Err(e) => break Err(e),
        }
    };
    let list = result.and_then(|()| {
        let items = vm.stack[base..].to_vec();
        vm.new_list(&items)
    });
    vm.stack.truncate(base);
    list
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (stream, []) = vm.method_args::<0>(args, "__iter__")?;
    Ok(stream)
}

fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (stream, []) = vm.method_args::<0>(args, "__next__")?;
    check_readable(vm, stream)?;
    let line = read_line(vm, None)?;
    if vm.str_text(line).is_empty() {
        return Err(vm.raise_args(TypeId::StopIteration, &[]));
    }
    Ok(line)
}

/// The repr of a standard stream; `None` for anything else.
pub fn stream_repr(vm: &Vm, v: Value) -> Option<String> {
    let o = vm.obj_of(v, layout::INSTANCE)?;
    if vm.heap.field(o, field::INSTANCE::class) != vm.ty(TypeId::TextIO) {
        return None;
    }
    let (name, mode) = match stream_fd(vm, v)? {
        0 => ("<stdin>", "r"),
        1 => ("<stdout>", "w"),
        _ => ("<stderr>", "w"),
    };
    Some(format!(
        "<_io.TextIOWrapper name='{name}' mode='{mode}' encoding='utf-8'>"
    ))
}

fn readable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (stream, []) = vm.method_args::<0>(args, "readable")?;
    Ok(Value::from_bool(stream_fd(vm, stream) == Some(0)))
}

fn writable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (stream, []) = vm.method_args::<0>(args, "writable")?;
    Ok(Value::from_bool(stream_fd(vm, stream) != Some(0)))
}

fn seekable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.method_args::<0>(args, "seekable")?;
    Ok(Value::FALSE)
}

fn isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::io::IsTerminal;
    let (stream, []) = vm.method_args::<0>(args, "isatty")?;
    let tty = match stream_fd(vm, stream) {
        Some(0) => std::io::stdin().is_terminal(),
        Some(1) => std::io::stdout().is_terminal(),
        _ => std::io::stderr().is_terminal(),
    };
    Ok(Value::from_bool(tty))
}
