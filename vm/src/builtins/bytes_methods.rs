//! The text-like methods bytes and bytearray share (searching, splitting,
//! stripping, padding, case), and bytearray's in-place list-like ones.
//!
//! A method of a bytearray returns bytearrays where the bytes method
//! returns bytes, as in CPython.

use minnow_heap::Value;
use minnow_objects::layout;

use crate::runtime::natives::Args;
use crate::runtime::{PyResult, Vm};

use super::bytes::{bytes_of, new_bytearray, new_bytes};
use super::Methods;

/// The methods both types have.
pub const SHARED_METHODS: Methods = &[
    ("find", find),
    ("rfind", rfind),
    ("index", index),
    ("rindex", rindex),
    ("count", count),
    ("startswith", startswith),
    ("endswith", endswith),
    ("replace", replace),
    ("split", split),
    ("rsplit", rsplit),
    ("splitlines", splitlines),
    ("partition", partition),
    ("rpartition", rpartition),
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
    ("upper", upper),
    ("lower", lower),
    ("capitalize", capitalize),
    ("swapcase", swapcase),
    ("title", title),
    ("istitle", istitle),
    ("isascii", isascii),
    ("center", center),
    ("ljust", ljust),
    ("rjust", rjust),
    ("zfill", zfill),
    ("expandtabs", expandtabs),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
    ("join", join),
    ("translate", translate),
    ("maketrans", maketrans),
];

/// The in-place methods only bytearray has.
pub const BYTEARRAY_ONLY_METHODS: Methods = &[
    ("insert", insert),
    ("remove", remove),
    ("reverse", reverse),
    ("clear", clear),
    ("copy", copy),
];

fn is_bytes_like(vm: &Vm, v: Value) -> bool {
    matches!(vm.layout_of(v), Some(layout::BYTES | layout::BYTEARRAY))
}

/// A new object of the receiver's kind: bytearray for a bytearray.
fn same_kind(vm: &mut Vm, receiver: Value, data: &[u8]) -> PyResult<Value> {
    if vm.is_layout(receiver, layout::BYTEARRAY) {
        new_bytearray(vm, data)
    } else {
        new_bytes(vm, data)
    }
}

fn data_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if is_bytes_like(vm, v) {
        return Ok(bytes_of(vm, v).to_vec());
    }
    let msg = format!(
        "a bytes-like object is required, not '{}'",
        vm.type_name_of(v)
    );
    Err(vm.type_error(&msg))
}

fn byte_arg(vm: &mut Vm, v: Value) -> PyResult<u8> {
    super::bytes::int_to_byte(vm, v, "byte must be in range(0, 256)")
}

/// What to search for: bytes-like, or an int naming one byte.
fn needle(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    let is_index = (vm.is_int(v) && !v.is_float())
        || (!is_bytes_like(vm, v) && vm.lookup_special(v, "__index__")?.is_some());
    if is_index {
        return Ok(vec![byte_arg(vm, v)?]);
    }
    if is_bytes_like(vm, v) {
        return Ok(bytes_of(vm, v).to_vec());
    }
    let msg = format!(
        "argument should be integer or bytes-like object, not '{}'",
        vm.type_name_of(v)
    );
    Err(vm.type_error(&msg))
}

/// The `start:end` span of a sequence of `len` (slice rules); `None`
/// when start lies beyond end, where not even b"" is found.
pub(crate) fn span(
    vm: &mut Vm,
    len: usize,
    start: Value,
    end: Value,
) -> PyResult<Option<(usize, usize)>> {
    let n = len as i64;
    let clamp = |vm: &mut Vm, v: Value, default: i64| -> PyResult<i64> {
        if v.is_empty() || v == Value::NONE {
            return Ok(default);
        }
        let Some(i) = vm.clamped_index(v)? else {
            let msg = "slice indices must be integers or None or have an __index__ method";
            return Err(vm.type_error(msg));
        };
        Ok(if i < 0 { i.saturating_add(n).max(0) } else { i })
    };
    let (s, e) = vm.rooted(&[end], |vm, base| -> PyResult<(i64, i64)> {
        let s = clamp(vm, start, 0)?;
        // The start's `__index__` may have collected, moving the end.
        let e = clamp(vm, vm.stack[base], n)?.min(n);
        Ok((s, e))
    })?;
    if s > e {
        return Ok(None);
    }
    Ok(Some((s as usize, e as usize)))
}

fn find_in(hay: &[u8], sub: &[u8]) -> Option<usize> {
    if sub.is_empty() {
        return Some(0);
    }
    hay.windows(sub.len()).position(|w| w == sub)
}

fn rfind_in(hay: &[u8], sub: &[u8]) -> Option<usize> {
    if sub.is_empty() {
        return Some(hay.len());
    }
    hay.windows(sub.len()).rposition(|w| w == sub)
}

/// The receiver's bytes in `s..e`, read from its argument slot: the
/// arguments' `__index__` may have moved it, or resized a bytearray.
fn receiver_window(vm: &Vm, args: Args, s: usize, e: usize) -> &[u8] {
    let data = bytes_of(vm, vm.stack[args.base]);
    let e = e.min(data.len());
    &data[s.min(e)..e]
}

fn search(vm: &mut Vm, args: Args, name: &str, reverse: bool) -> PyResult<i64> {
    let (_, [sub, _, _]) = vm.method_range_args::<3>(args, 1, name)?;
    let sub = needle(vm, sub)?;
    let (b, [_, start, end]) = vm.method_range_args::<3>(args, 1, name)?;
    let len = bytes_of(vm, b).len();
    let Some((s, e)) = span(vm, len, start, end)? else {
        return Ok(-1);
    };
    let hay = receiver_window(vm, args, s, e);
    let found = if reverse {
        rfind_in(hay, &sub)
    } else {
        find_in(hay, &sub)
    };
    Ok(found.map_or(-1, |i| (s + i) as i64))
}

fn find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::small_int_const(search(vm, args, "find", false)?))
}

fn rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::small_int_const(search(vm, args, "rfind", true)?))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match search(vm, args, "index", false)? {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(Value::small_int_const(i)),
    }
}

fn rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match search(vm, args, "rindex", true)? {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(Value::small_int_const(i)),
    }
}

/// Non-overlapping occurrences of `sub` in `hay`.
fn occurrences(hay: &[u8], sub: &[u8]) -> Vec<usize> {
    let mut at = Vec::new();
    let mut i = 0;
    while i + sub.len() <= hay.len() {
        if hay[i..].starts_with(sub) {
            at.push(i);
            i += sub.len();
        } else {
            i += 1;
        }
    }
    at
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, [sub, _, _]) = vm.method_range_args::<3>(args, 1, "count")?;
    let sub = needle(vm, sub)?;
    let (b, [_, start, end]) = vm.method_range_args::<3>(args, 1, "count")?;
    let len = bytes_of(vm, b).len();
    let Some((s, e)) = span(vm, len, start, end)? else {
        return Ok(Value::small_int_const(0));
    };
    let hay = receiver_window(vm, args, s, e);
    let n = if sub.is_empty() {
        hay.len() + 1
    } else {
        occurrences(hay, &sub).len()
    };
    Ok(Value::small_int_const(n as i64))
}

fn affix(vm: &mut Vm, args: Args, name: &str, at_start: bool) -> PyResult<Value> {
    let (b, [prefix, start, end]) = vm.method_range_args::<3>(args, 1, name)?;
    if !vm.is_layout(prefix, layout::TUPLE) && !is_bytes_like(vm, prefix) {
        let msg = format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            vm.type_name_of(prefix)
        );
        return Err(vm.type_error(&msg));
    }
    let len = bytes_of(vm, b).len();
    let Some((s, e)) = span(vm, len, start, end)? else {
        return Ok(Value::FALSE);
    };
    // The bounds' `__index__` may have collected, moving the prefix.
    let prefix = vm.positional(args)[1];
    let options = if vm.is_layout(prefix, layout::TUPLE) {
        vm.tuple_items(prefix)
    } else {
        vec![prefix]
    };
    for p in options {
        if !is_bytes_like(vm, p) {
            let msg = format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name_of(p)
            );
            return Err(vm.type_error(&msg));
        }
        let hay = receiver_window(vm, args, s, e);
        let p = bytes_of(vm, p);
        if (at_start && hay.starts_with(p)) || (!at_start && hay.ends_with(p)) {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "startswith", true)
}

fn endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "endswith", false)
}

fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, [old, new, limit]) = vm.method_range_args::<3>(args, 2, "replace")?;
    let old = data_arg(vm, old)?;
    let new = data_arg(vm, new)?;
    let limit = if limit.is_empty() {
        -1
    } else {
        vm.as_index(limit)?
    };
    let limit = usize::try_from(limit).unwrap_or(usize::MAX);
    let data = bytes_of(vm, b);
    let mut out = Vec::with_capacity(data.len());
    if old.is_empty() {
        let mut done = 0;
        for &byte in data {
            if done < limit {
                out.extend_from_slice(&new);
                done += 1;
            }
            out.push(byte);
        }
        if done < limit {
            out.extend_from_slice(&new);
        }
    } else {
        let mut last = 0;
        for at in occurrences(data, &old).into_iter().take(limit) {
            out.extend_from_slice(&data[last..at]);
            out.extend_from_slice(&new);
            last = at + old.len();
        }
        out.extend_from_slice(&data[last..]);
    }
    same_kind(vm, b, &out)
}

fn is_space(b: u8) -> bool {
    b" \t\n\r\x0b\x0c".contains(&b)
}

/// `split`/`rsplit` arguments: (receiver, separator or None, maxsplit).
fn split_args(vm: &mut Vm, args: Args, name: &str) -> PyResult<(Value, Option<Vec<u8>>, usize)> {
    let (positional, [sep_kw, max_kw]) = vm.args_with_keywords(args, name, ["sep", "maxsplit"])?;
    if positional.len() > 3 {
        let msg = format!(
            "{name}() takes at most 2 arguments ({} given)",
            positional.len() - 1
        );
        return Err(vm.type_error(&msg));
    }
    let b = super::bytes::receiver_of(vm, &positional, name)?;
    let sep = positional.get(1).copied().or(sep_kw);
    let sep = match sep {
        None | Some(Value::NONE) => None,
        Some(s) => {
            let s = data_arg(vm, s)?;
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(s)
        }
    };
    let max = match positional.get(2).copied().or(max_kw) {
        None => -1,
        Some(m) => vm.as_index(m)?,
    };
    Ok((b, sep, usize::try_from(max).unwrap_or(usize::MAX)))
}

fn split_pieces(data: &[u8], sep: Option<&[u8]>, max: usize) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    match sep {
        Some(sep) => {
            let mut last = 0;
            for at in occurrences(data, sep).into_iter().take(max) {
                out.push(data[last..at].to_vec());
                last = at + sep.len();
            }
            out.push(data[last..].to_vec());
        }
        None => {
            let mut i = 0;
            loop {
                while i < data.len() && is_space(data[i]) {
                    i += 1;
                }
                if i == data.len() {
                    break;
                }
                if out.len() == max {
                    out.push(data[i..].to_vec());
                    break;
                }
                let start = i;
                while i < data.len() && !is_space(data[i]) {
                    i += 1;
                }
                out.push(data[start..i].to_vec());
            }
        }
    }
    out
}

fn rsplit_pieces(data: &[u8], sep: Option<&[u8]>, max: usize) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    match sep {
        Some(sep) => {
            let mut end = data.len();
            while out.len() < max {
                match rfind_in(&data[..end], sep) {
                    Some(at) => {
                        out.push(data[at + sep.len()..end].to_vec());
                        end = at;
                    }
                    None => break,
                }
            }
            out.push(data[..end].to_vec());
        }
        None => {
            let mut i = data.len();
            loop {
                while i > 0 && is_space(data[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                if out.len() == max {
                    out.push(data[..i].to_vec());
                    break;
                }
                let end = i;
                while i > 0 && !is_space(data[i - 1]) {
                    i -= 1;
                }
                out.push(data[i..end].to_vec());
            }
        }
    }
    out.reverse();
    out
}

fn pieces_list(vm: &mut Vm, receiver: Value, pieces: &[Vec<u8>]) -> PyResult<Value> {
    let mut values = Vec::with_capacity(pieces.len());
    for p in pieces {
        values.push(same_kind(vm, receiver, p)?);
    }
    vm.new_list(&values)
}

fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, sep, max) = split_args(vm, args, "split")?;
    let pieces = split_pieces(bytes_of(vm, b), sep.as_deref(), max);
    pieces_list(vm, b, &pieces)
}

fn rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, sep, max) = split_args(vm, args, "rsplit")?;
    let pieces = rsplit_pieces(bytes_of(vm, b), sep.as_deref(), max);
    pieces_list(vm, b, &pieces)
}

fn splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (positional, [keep_kw]) = vm.args_with_keywords(args, "splitlines", ["keepends"])?;
    let given = positional.len().saturating_sub(1) + keep_kw.is_some() as usize;
    super::str::at_most(vm, given, 1, "splitlines")?;
    let b = super::bytes::receiver_of(vm, &positional, "splitlines")?;
    let keep = match positional.get(1).copied().or(keep_kw) {
        Some(k) => vm.truthy(k)?,
        None => false,
    };
    let data = bytes_of(vm, b);
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < data.len() {
        let eol = match data[i] {
            b'\n' => 1,
            b'\r' if data.get(i + 1) == Some(&b'\n') => 2,
            b'\r' => 1,
            _ => 0,
        };
        if eol == 0 {
            i += 1;
            continue;
        }
        let end = if keep { i + eol } else { i };
        pieces.push(data[start..end].to_vec());
        i += eol;
        start = i;
    }
    if start < data.len() {
        pieces.push(data[start..].to_vec());
    }
    pieces_list(vm, b, &pieces)
}

fn partition_at(vm: &mut Vm, args: Args, name: &str, reverse: bool) -> PyResult<Value> {
    let (b, [sep]) = vm.method_args::<1>(args, name)?;
    let sep = data_arg(vm, sep)?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let data = bytes_of(vm, b).to_vec();
    let found = if reverse {
        rfind_in(&data, &sep)
    } else {
        find_in(&data, &sep)
    };
    let parts: [&[u8]; 3] = match found {
        Some(at) => [&data[..at], &sep, &data[at + sep.len()..]],
        None if reverse => [b"", b"", &data],
        None => [&data, b"", b""],
    };
    let mut values = Vec::with_capacity(3);
    for p in parts {
        values.push(same_kind(vm, b, p)?);
    }
    vm.new_tuple(&values)
}

fn partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_at(vm, args, "partition", false)
}

fn rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_at(vm, args, "rpartition", true)
}

fn strip_ends(vm: &mut Vm, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let (b, [chars]) = vm.method_range_args::<1>(args, 0, name)?;
    let set: Option<Vec<u8>> = if chars.is_empty() || chars == Value::NONE {
        None
    } else {
        Some(data_arg(vm, chars)?)
    };
    let strip = |c: &u8| match &set {
        Some(s) => s.contains(c),
        None => is_space(*c),
    };
    let data = bytes_of(vm, b);
    let mut start = 0;
    let mut end = data.len();
    if left {
        while start < end && strip(&data[start]) {
            start += 1;
        }
    }
    if right {
        while end > start && strip(&data[end - 1]) {
            end -= 1;
        }
    }
    let out = data[start..end].to_vec();
    same_kind(vm, b, &out)
}

fn strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_ends(vm, args, "strip", true, true)
}

fn lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_ends(vm, args, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_ends(vm, args, "rstrip", false, true)
}

/// A method computing new bytes from the receiver's alone.
fn mapped(vm: &mut Vm, args: Args, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let (b, []) = vm.method_args::<0>(args, name)?;
    let out = f(bytes_of(vm, b));
    same_kind(vm, b, &out)
}

fn upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    mapped(vm, args, "upper", |d| d.to_ascii_uppercase())
}

fn lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    mapped(vm, args, "lower", |d| d.to_ascii_lowercase())
}

fn capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    mapped(vm, args, "capitalize", |d| {
        d.iter()
            .enumerate()
            .map(|(i, c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    mapped(vm, args, "swapcase", |d| {
        d.iter()
            .map(|c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect()
    })
}

fn title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    mapped(vm, args, "title", |d| {
        let mut after_cased = false;
        d.iter()
            .map(|&c| {
                let out = if after_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                after_cased = c.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}

fn istitle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, []) = vm.method_args::<0>(args, "istitle")?;
    let mut after_cased = false;
    let mut any_cased = false;
    for &c in bytes_of(vm, b) {
        if c.is_ascii_uppercase() {
            if after_cased {
                return Ok(Value::FALSE);
            }
            after_cased = true;
            any_cased = true;
        } else if c.is_ascii_lowercase() {
            if !after_cased {
                return Ok(Value::FALSE);
            }
            any_cased = true;
        } else {
            after_cased = false;
        }
    }
    Ok(Value::from_bool(any_cased))
}

fn isascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, []) = vm.method_args::<0>(args, "isascii")?;
    Ok(Value::from_bool(bytes_of(vm, b).is_ascii()))
}

/// `center`/`ljust`/`rjust`: (receiver, width, fill byte).
fn pad_args(vm: &mut Vm, args: Args, name: &str) -> PyResult<(Value, usize, u8)> {
    let (b, [width, fill]) = vm.method_range_args::<2>(args, 1, name)?;
    let width = vm.as_index(width)?.max(0) as usize;
    let fill = if fill.is_empty() {
        b' '
    } else {
        match vm.layout_of(fill) {
            Some(layout::BYTES | layout::BYTEARRAY) if bytes_of(vm, fill).len() == 1 => {
                bytes_of(vm, fill)[0]
            }
            _ => {
                let msg = format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    vm.type_name_of(fill)
                );
                return Err(vm.type_error(&msg));
            }
        }
    };
    Ok((b, width, fill))
}

fn padded(vm: &mut Vm, b: Value, width: usize, fill: u8, left: usize) -> PyResult<Value> {
    let data = bytes_of(vm, b);
    let extra = width.saturating_sub(data.len());
    let mut out = Vec::with_capacity(data.len() + extra);
    let left = left.min(extra);
    out.resize(left, fill);
    out.extend_from_slice(data);
    out.resize(data.len() + extra, fill);
    same_kind(vm, b, &out)
}

fn center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, width, fill) = pad_args(vm, args, "center")?;
    let len = bytes_of(vm, b).len();
    let extra = width.saturating_sub(len);
    // CPython puts the odd byte on the left when the width is odd.
    let left = extra / 2 + (extra & width & 1);
    padded(vm, b, width, fill, left)
}

fn ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, width, fill) = pad_args(vm, args, "ljust")?;
    padded(vm, b, width, fill, 0)
}

fn rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, width, fill) = pad_args(vm, args, "rjust")?;
    padded(vm, b, width, fill, usize::MAX)
}

fn zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, [width]) = vm.method_args::<1>(args, "zfill")?;
    let width = vm.as_index(width)?.max(0) as usize;
    let data = bytes_of(vm, b);
    let extra = width.saturating_sub(data.len());
    let sign = usize::from(matches!(data.first(), Some(b'+' | b'-')));
    let mut out = Vec::with_capacity(data.len() + extra);
    out.extend_from_slice(&data[..sign]);
    out.resize(sign + extra, b'0');
    out.extend_from_slice(&data[sign..]);
    same_kind(vm, b, &out)
}

fn expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (positional, [size_kw]) = vm.args_with_keywords(args, "expandtabs", ["tabsize"])?;
    let given = positional.len().saturating_sub(1) + size_kw.is_some() as usize;
    super::str::at_most(vm, given, 1, "expandtabs")?;
    let b = super::bytes::receiver_of(vm, &positional, "expandtabs")?;
    let size = match positional.get(1).copied().or(size_kw) {
        Some(s) => vm.as_index(s)?,
        None => 8,
    };
    let data = bytes_of(vm, b);
    let mut out = Vec::with_capacity(data.len());
    let mut column = 0i64;
    for &c in data {
        match c {
            b'\t' => {
                if size > 0 {
                    let spaces = size - column % size;
                    out.extend(std::iter::repeat_n(b' ', spaces as usize));
                    column += spaces;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    same_kind(vm, b, &out)
}

fn removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, [prefix]) = vm.method_args::<1>(args, "removeprefix")?;
    let prefix = data_arg(vm, prefix)?;
    let data = bytes_of(vm, b);
    let out = data
        .strip_prefix(prefix.as_slice())
        .unwrap_or(data)
        .to_vec();
    same_kind(vm, b, &out)
}

fn removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, [suffix]) = vm.method_args::<1>(args, "removesuffix")?;
    let suffix = data_arg(vm, suffix)?;
    let data = bytes_of(vm, b);
    let out = data
        .strip_suffix(suffix.as_slice())
        .unwrap_or(data)
        .to_vec();
    same_kind(vm, b, &out)
}

fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, [iterable]) = vm.method_args::<1>(args, "join")?;
    let parts = super::functions::collect(vm, iterable)?;
    // Iterating may have collected: the separator is read back from its slot.
    let sep = vm.stack[args.base];
    let mut out = Vec::new();
    for (i, p) in parts.iter().enumerate() {
        if !is_bytes_like(vm, *p) {
            let msg = format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                vm.type_name_of(*p)
            );
            return Err(vm.type_error(&msg));
        }
        if i > 0 {
            out.extend_from_slice(bytes_of(vm, sep));
        }
        out.extend_from_slice(bytes_of(vm, *p));
    }
    same_kind(vm, sep, &out)
}

fn translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (positional, [delete_kw]) = vm.args_with_keywords(args, "translate", ["delete"])?;
    if positional.len() < 2 || positional.len() > 3 {
        let msg = format!(
            "translate expected at least 1 argument, got {}",
            positional.len() - 1
        );
        return Err(vm.type_error(&msg));
    }
    let b = super::bytes::receiver_of(vm, &positional, "translate")?;
    let table = positional[1];
    let table = if table == Value::NONE {
        None
    } else {
        let t = data_arg(vm, table)?;
        if t.len() != 256 {
            return Err(vm.value_error("translation table must be 256 characters long"));
        }
        Some(t)
    };
    let delete = match positional.get(2).copied().or(delete_kw) {
        Some(d) => data_arg(vm, d)?,
        None => Vec::new(),
    };
    let out: Vec<u8> = bytes_of(vm, b)
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    same_kind(vm, b, &out)
}

fn maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let given = vm.positional(args).to_vec();
    // Called on an instance, the receiver comes first.
    let pair = match given.len() {
        2 => [given[0], given[1]],
        3 => [given[1], given[2]],
        n => {
            let msg = format!("maketrans expected 2 arguments, got {n}");
            return Err(vm.type_error(&msg));
        }
    };
    let from = data_arg(vm, pair[0])?;
    let to = data_arg(vm, pair[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    new_bytes(vm, &table)
}

fn set_data(vm: &mut Vm, ba: Value, data: &[u8]) -> PyResult<()> {
    super::bytes::set_bytearray(vm, ba, data)
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (ba, [index, item]) = vm.method_args::<2>(args, "insert")?;
    let i = vm.as_index(index)?;
    let byte = byte_arg(vm, item)?;
    let mut data = bytes_of(vm, ba).to_vec();
    let n = data.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    data.insert(at as usize, byte);
    set_data(vm, ba, &data)?;
    Ok(Value::NONE)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (ba, [item]) = vm.method_args::<1>(args, "remove")?;
    let byte = byte_arg(vm, item)?;
    let mut data = bytes_of(vm, ba).to_vec();
    match data.iter().position(|&c| c == byte) {
        Some(i) => {
            data.remove(i);
            set_data(vm, ba, &data)?;
            Ok(Value::NONE)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (ba, []) = vm.method_args::<0>(args, "reverse")?;
    let mut data = bytes_of(vm, ba).to_vec();
    data.reverse();
    set_data(vm, ba, &data)?;
    Ok(Value::NONE)
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (ba, []) = vm.method_args::<0>(args, "clear")?;
    set_data(vm, ba, &[])?;
    Ok(Value::NONE)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (ba, []) = vm.method_args::<0>(args, "copy")?;
    let data = bytes_of(vm, ba).to_vec();
    new_bytearray(vm, &data)
}
