//! bytes and bytearray.
//!
//! ```text
//! BYTES:     header | len | hash (raw) | bytes, zero-padded to a word
//! BYTEARRAY: header | len (raw) | storage (WORDS, capacity = its bytes)
//! ```

use minnow_heap::Value;
use minnow_objects::{field, layout};

use crate::bytecode::BinaryOperator as B;
use crate::runtime::natives::Args;
use crate::runtime::types::TypeId;
use crate::runtime::{PyResult, Vm};

use super::slice::{normalize_index, slice_indices, slice_positions};
use super::Methods;

pub const BYTES_METHODS: Methods = &[
    ("__new__", bytes_new),
    ("__bytes__", dunder_bytes),
    ("decode", decode),
    ("hex", hex),
    ("fromhex", fromhex),
    ("isalpha", isalpha),
    ("isdigit", isdigit),
    ("isalnum", isalnum),
    ("isspace", isspace),
    ("islower", islower),
    ("isupper", isupper),
];

pub const BYTEARRAY_METHODS: Methods = &[
    ("__new__", bytearray_new),
    ("append", append),
    ("extend", extend),
    ("decode", decode),
    ("hex", hex),
    ("fromhex", fromhex),
    ("pop", pop),
    ("isalpha", isalpha),
    ("isdigit", isdigit),
    ("isalnum", isalnum),
    ("isspace", isspace),
    ("islower", islower),
    ("isupper", isupper),
];

pub fn new_bytes(vm: &mut Vm, data: &[u8]) -> PyResult<Value> {
    let obj = vm.alloc(layout::BYTES, field::BYTES::COUNT + data.len().div_ceil(8))?;
    vm.heap.set_raw(obj, field::BYTES::len, data.len() as u64);
    vm.heap
        .set_raw(obj, field::BYTES::hash, minnow_objects::NO_HASH);
    vm.heap.bytes_mut(obj, field::BYTES::COUNT)[..data.len()].copy_from_slice(data);
    Ok(obj.value())
}

pub fn new_bytearray(vm: &mut Vm, data: &[u8]) -> PyResult<Value> {
    let storage = vm.alloc(layout::WORDS, data.len().div_ceil(8).max(1))?;
    vm.heap.bytes_mut(storage, 0)[..data.len()].copy_from_slice(data);
    let obj = vm.alloc(layout::BYTEARRAY, field::BYTEARRAY::COUNT)?;
    vm.heap
        .set_raw(obj, field::BYTEARRAY::len, data.len() as u64);
    vm.heap
        .set_field(obj, field::BYTEARRAY::storage, storage.value());
    Ok(obj.value())
}

/// The bytes of a bytes or bytearray value.
/// The receiver of a bytes or bytearray method that parses its own
/// arguments: TypeError if it is missing or not bytes-like.
pub fn receiver_of(vm: &mut Vm, positional: &[Value], method: &str) -> PyResult<Value> {
    match positional.first() {
        Some(&b) if is_bytes_like(vm, b) => Ok(b),
        Some(&b) => Err(super::wrong_receiver(vm, "bytes", method, b)),
        None => {
            let msg = format!("descriptor '{method}' of 'bytes' object needs an argument");
            Err(vm.type_error(&msg))
        }
    }
}

pub fn bytes_of(vm: &Vm, v: Value) -> &[u8] {
    let obj = v.as_obj().expect("bytes");
    if vm.heap.layout_of(obj) == layout::BYTEARRAY {
        let len = vm.heap.raw(obj, field::BYTEARRAY::len) as usize;
        let storage = vm
            .heap
            .field(obj, field::BYTEARRAY::storage)
            .as_obj()
            .expect("storage");
        return &vm.heap.bytes(storage, 0)[..len];
    }
    let len = vm.heap.raw(obj, field::BYTES::len) as usize;
    &vm.heap.bytes(obj, field::BYTES::COUNT)[..len]
}

pub fn is_bytes_like(vm: &Vm, v: Value) -> bool {
    matches!(vm.layout_of(v), Some(layout::BYTES | layout::BYTEARRAY))
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

/// The bytes `bytes(x)` / `bytearray(x)` would hold.
fn construct_data(vm: &mut Vm, args: Args, name: &str) -> PyResult<Vec<u8>> {
    let (positional, [encoding_kw, errors_kw]) =
        vm.args_with_keywords(args, name, ["encoding", "errors"])?;
    let source = positional.get(1).copied();
    let encoding = positional.get(2).copied().or(encoding_kw);
    let errors = positional.get(3).copied().or(errors_kw);
    let is_str = source.is_some_and(|s| {
        vm.is_layout(s, layout::STR) || vm.is_subtype(vm.type_of(s), vm.ty(TypeId::Str))
    });
    if !is_str && (encoding.is_some() || errors.is_some()) {
        let msg = if encoding.is_some() {
            "encoding without a string argument"
        } else {
            "errors without a string argument"
        };
        return Err(vm.type_error(msg));
    }
    match source {
        None => Ok(Vec::new()),
        Some(s)
            if is_str && (encoding.is_some() || vm.lookup_special(s, "__bytes__")?.is_none()) =>
        {
            let Some(encoding) = encoding else {
                return Err(vm.type_error("string argument without an encoding"));
            };
            // str's own encode, even for a subclass that overrides it.
            let text = vm.builtin_base(s).unwrap_or(s);
            let encode = vm.getattr_str(text, "encode")?;
            let mut call_args = vec![encoding];
            call_args.extend(errors);
            let encoded = vm.call(encode, &call_args)?;
            Ok(bytes_of(vm, encoded).to_vec())
        }
        Some(s) if !is_bytes_like(vm, s) && vm.lookup_special(s, "__bytes__")?.is_some() => {
            let m = vm.lookup_special(s, "__bytes__")?.expect("found above");
            let r = vm.call_descriptor_method(m, s, &[])?;
            if !vm.is_layout(r, layout::BYTES) {
                let msg = format!("__bytes__ returned non-bytes (type {})", vm.type_name_of(r));
                return Err(vm.type_error(&msg));
            }
            Ok(bytes_of(vm, r).to_vec())
        }
        Some(s)
            if vm.lookup_special(s, "__iter__")?.is_none()
                && vm.lookup_special(s, "__index__")?.is_none()
                && vm.lookup_special(s, "__getitem__")?.is_none() =>
        {
            let msg = format!("cannot convert '{}' object to bytes", vm.type_name_of(s));
            Err(vm.type_error(&msg))
        }
        Some(s) if is_bytes_like(vm, s) => Ok(bytes_of(vm, s).to_vec()),
        Some(s)
            if (vm.is_int(s) && !s.is_float()) || vm.lookup_special(s, "__index__")?.is_some() =>
        {
            let n = vm.as_index(s)?;
            if n < 0 {
                return Err(vm.value_error("negative count"));
            }
            if n > 1 << 36 {
                return Err(vm.raise_memory_error());
            }
            Ok(vec![0; n as usize])
        }
        Some(s) => {
            let items = super::functions::collect(vm, s)?;
            let range_message = if name == "bytes" {
                "bytes must be in range(0, 256)"
            } else {
                "byte must be in range(0, 256)"
            };
            // Each `__index__` may collect: the items are rooted and read back.
            vm.rooted(&items, |vm, base| {
                let mut out = Vec::with_capacity(items.len());
                for i in 0..items.len() {
                    out.push(int_to_byte(vm, vm.stack[base + i], range_message)?);
                }
                Ok(out)
            })
        }
    }
}

fn bytes_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = construct_data(vm, args, "bytes")?;
    let value = new_bytes(vm, &data)?;
    // Read after the conversions above, which may run Python code.
    let class = vm.stack[args.base];
    super::list::for_class(vm, class, TypeId::Bytes, value)
}

fn bytearray_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = construct_data(vm, args, "bytearray")?;
    let value = new_bytearray(vm, &data)?;
    let class = vm.stack[args.base];
    super::list::for_class(vm, class, TypeId::ByteArray, value)
}

pub fn set_bytearray(vm: &mut Vm, ba: Value, data: &[u8]) -> PyResult<()> {
    let storage = vm.alloc(layout::WORDS, data.len().div_ceil(8).max(1))?;
    vm.heap.bytes_mut(storage, 0)[..data.len()].copy_from_slice(data);
    let obj = ba.as_obj().expect("a bytearray");
    vm.heap
        .set_raw(obj, field::BYTEARRAY::len, data.len() as u64);
    vm.heap
        .set_field(obj, field::BYTEARRAY::storage, storage.value());
    Ok(())
}

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, [v]) = vm.method_args::<1>(args, "append")?;
    let byte = byte_value(vm, v)?;
    // `__index__` may have collected, moving the bytearray.
    let ba = vm.stack[args.base];
    let obj = ba.as_obj().expect("a bytearray");
    let len = vm.heap.raw(obj, field::BYTEARRAY::len) as usize;
    let storage = vm
        .heap
        .field(obj, field::BYTEARRAY::storage)
        .as_obj()
        .expect("storage");
    if len < vm.heap.bytes(storage, 0).len() {
        vm.heap.bytes_mut(storage, 0)[len] = byte;
        vm.heap.set_raw(obj, field::BYTEARRAY::len, len as u64 + 1);
        return Ok(Value::NONE);
    }
    // Grow geometrically so that a loop of appends is linear.
    let mut data = Vec::with_capacity(len * 2 + 8);
    data.extend_from_slice(bytes_of(vm, ba));
    data.push(byte);
    let storage = vm.alloc(layout::WORDS, data.capacity().div_ceil(8))?;
    vm.heap.bytes_mut(storage, 0)[..data.len()].copy_from_slice(&data);
    vm.heap
        .set_raw(obj, field::BYTEARRAY::len, data.len() as u64);
    vm.heap
        .set_field(obj, field::BYTEARRAY::storage, storage.value());
    Ok(Value::NONE)
}

/// `ba += other` and `ba *= n`: the result of the operation replaces the
/// contents; false when the operand does not suit it.
pub fn operate_in_place(vm: &mut Vm, ba: Value, other: Value, op: B) -> PyResult<bool> {
    let Some(result) = vm.builtin_binary(ba, other, op)? else {
        return Ok(false);
    };
    let data = bytes_of(vm, result).to_vec();
    set_bytearray(vm, ba, &data)?;
    Ok(true)
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (ba, [it]) = vm.method_args::<1>(args, "extend")?;
    let mut data = bytes_of(vm, ba).to_vec();
    if is_bytes_like(vm, it) {
        data.extend_from_slice(bytes_of(vm, it));
    } else if vm.lookup_special(it, "__iter__")?.is_none()
        && vm.lookup_special(it, "__getitem__")?.is_none()
    {
        let msg = format!("can't extend bytearray with {}", vm.type_name_of(it));
        return Err(vm.type_error(&msg));
    } else {
        // Each `__index__` may collect: the items are rooted and read back.
        let items = super::functions::collect(vm, it)?;
        vm.rooted(&items, |vm, base| -> PyResult<()> {
            for i in 0..items.len() {
                data.push(byte_value(vm, vm.stack[base + i])?);
            }
            Ok(())
        })?;
    }
    // So may iterating: the bytearray is read back from its slot.
    set_bytearray(vm, vm.stack[args.base], &data)?;
    Ok(Value::NONE)
}

fn byte_value(vm: &mut Vm, v: Value) -> PyResult<u8> {
    int_to_byte(vm, v, "byte must be in range(0, 256)")
}

/// An int or `__index__` value as one byte; out of range it raises the
/// ValueError `range_message`.
pub fn int_to_byte(vm: &mut Vm, v: Value, range_message: &str) -> PyResult<u8> {
    match vm.clamped_index(v)? {
        Some(b) if (0..256).contains(&b) => Ok(b as u8),
        Some(_) => Err(vm.value_error(range_message)),
        None => {
            let msg = format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name_of(v)
            );
            Err(vm.type_error(&msg))
        }
    }
}

/// `bytes.__bytes__`: the bytes themselves (an exact bytes for a subclass).
fn dunder_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, []) = vm.method_args::<0>(args, "__bytes__")?;
    if vm.is_layout(b, layout::BYTES) {
        return Ok(b);
    }
    let b = vm.builtin_base(b).unwrap_or(b);
    let data = data_arg(vm, b)?;
    new_bytes(vm, &data)
}

fn decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (positional, [encoding, errors]) =
        vm.args_with_keywords(args, "decode", ["encoding", "errors"])?;
    let text_arg = |vm: &mut Vm, v: Option<Value>, what: &str, default: &str| match v {
        None => Ok(default.to_string()),
        Some(v) if vm.is_layout(v, layout::STR) => Ok(vm.str_text(v).to_string()),
        Some(v) => {
            let msg = format!(
                "decode() argument '{what}' must be str, not {}",
                vm.type_name_of(v)
            );
            Err(vm.type_error(&msg))
        }
    };
    let encoding = text_arg(
        vm,
        positional.get(1).copied().or(encoding),
        "encoding",
        "utf-8",
    )?
    .to_ascii_lowercase()
    .replace('_', "-");
    let errors = text_arg(
        vm,
        positional.get(2).copied().or(errors),
        "errors",
        "strict",
    )?;
    let receiver = receiver_of(vm, &positional, "decode")?;
    let data = bytes_of(vm, receiver).to_vec();
    let (name, ascii) = match encoding.as_str() {
        "utf-8" | "utf8" => ("utf-8", false),
        "ascii" => ("ascii", true),
        "latin-1" | "latin1" | "iso-8859-1" => {
            let text: String = data.iter().map(|&b| b as char).collect();
            return vm.new_str(&text);
        }
        _ => {
            let value = receiver;
            return super::str::codec_fallback(vm, "_decode_other", value, &encoding, &errors);
        }
    };
    let mut out = String::with_capacity(data.len());
    let mut at = 0;
    while at < data.len() {
        let rest = &data[at..];
        let (valid, bad, reason) = if ascii {
            let valid = rest
                .iter()
                .position(|b| !b.is_ascii())
                .unwrap_or(rest.len());
            (valid, 1, "ordinal not in range(128)")
        } else {
            match std::str::from_utf8(rest) {
                Ok(_) => (rest.len(), 0, ""),
                Err(e) => {
                    let valid = e.valid_up_to();
                    let first = rest[valid];
                    let reason = match e.error_len() {
                        None => "unexpected end of data",
                        Some(_) if (0x80..0xc2).contains(&first) || first >= 0xf5 => {
                            "invalid start byte"
                        }
                        Some(_) => "invalid continuation byte",
                    };
                    (valid, e.error_len().unwrap_or(rest.len() - valid), reason)
                }
            }
        };
        out.push_str(std::str::from_utf8(&rest[..valid]).unwrap_or_default());
        if bad == 0 || valid == rest.len() {
            break;
        }
        let bad_bytes = &rest[valid..valid + bad];
        match errors.as_str() {
            "ignore" => {}
            "replace" => out.push('\u{fffd}'),
            "backslashreplace" => {
                for b in bad_bytes {
                    out.push_str(&format!("\\x{b:02x}"));
                }
            }
            "strict" => {
                let pos = at + valid;
                let msg = if bad == 1 {
                    format!(
                        "'{name}' codec can't decode byte {:#04x} in position {pos}: {reason}",
                        bad_bytes[0]
                    )
                } else {
                    format!(
                        "'{name}' codec can't decode bytes in position {pos}-{}: {reason}",
                        pos + bad - 1
                    )
                };
                return Err(vm.raise_msg(TypeId::UnicodeDecodeError, &msg));
            }
            other => {
                let msg = format!("unknown error handler name '{other}'");
                return Err(vm.raise_msg(TypeId::LookupError, &msg));
            }
        }
        at += valid + bad;
    }
    vm.new_str(&out)
}

fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (positional, [sep_kw, group_kw]) =
        vm.args_with_keywords(args, "hex", ["sep", "bytes_per_sep"])?;
    let b = receiver_of(vm, &positional, "hex")?;
    let sep = match positional.get(1).copied().or(sep_kw) {
        None => None,
        Some(v) if vm.is_layout(v, layout::STR) && vm.str_text(v).chars().count() == 1 => {
            vm.str_text(v).chars().next()
        }
        Some(v) if is_bytes_like(vm, v) && bytes_of(vm, v).len() == 1 => {
            Some(bytes_of(vm, v)[0] as char)
        }
        Some(v) if vm.is_layout(v, layout::STR) || is_bytes_like(vm, v) => {
            return Err(vm.value_error("sep must be length 1."));
        }
        Some(_) => return Err(vm.type_error("sep must be str or bytes.")),
    };
    if sep.is_some_and(|c| !c.is_ascii()) {
        return Err(vm.value_error("sep must be ASCII."));
    }
    let group = match positional.get(2).copied().or(group_kw) {
        Some(g) => vm.as_index(g)?,
        None => 1,
    };
    let data = bytes_of(vm, b);
    let digits: Vec<String> = data.iter().map(|x| format!("{x:02x}")).collect();
    let text = match sep {
        Some(sep) if group != 0 && !data.is_empty() => {
            let size = group.unsigned_abs() as usize;
            // A positive group size counts from the right, as CPython.
            let first = if group > 0 {
                match digits.len() % size {
                    0 => size,
                    r => r,
                }
            } else {
                size.min(digits.len())
            };
            let mut out = digits[..first].concat();
            for chunk in digits[first..].chunks(size) {
                out.push(sep);
                out.push_str(&chunk.concat());
            }
            out
        }
        _ => digits.concat(),
    };
    vm.new_str(&text)
}

fn fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (class, [s]) = vm.method_args::<1>(args, "fromhex")?;
    if !vm.is_layout(s, layout::STR) {
        return Err(vm.type_error("fromhex() argument must be str"));
    }
    // Pairs of hex digits, with ASCII whitespace allowed between pairs.
    let chars: Vec<char> = vm.str_text(s).chars().collect();
    let digit = |at: usize| {
        chars
            .get(at)
            .filter(|c| c.is_ascii())
            .and_then(|c| c.to_digit(16))
    };
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        while i < chars.len() && matches!(chars[i], ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r') {
            i += 1;
        }
        if i == chars.len() {
            break;
        }
        let bad = match (digit(i), digit(i + 1)) {
            (Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                i += 2;
                continue;
            }
            (None, _) => i,
            (Some(_), None) => i + 1,
        };
        let msg = format!("non-hexadecimal number found in fromhex() arg at position {bad}");
        return Err(vm.value_error(&msg));
    }
    let is_bytearray = vm.is_subtype(class, vm.ty(TypeId::ByteArray));
    let exact = class == vm.ty(TypeId::ByteArray) || class == vm.ty(TypeId::Bytes);
    vm.rooted(&[class], |vm, base| {
        let value = if is_bytearray {
            new_bytearray(vm, &out)?
        } else {
            new_bytes(vm, &out)?
        };
        if exact {
            return Ok(value);
        }
        // As CPython: a subclass is made by calling it with the bytes.
        let class = vm.stack[base];
        vm.call(class, &[value])
    })
}

fn needle(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    let is_index = (vm.is_int(v) && !v.is_float())
        || (!is_bytes_like(vm, v) && vm.lookup_special(v, "__index__")?.is_some());
    if is_index {
        return Ok(vec![byte_value(vm, v)?]);
    }
    data_arg(vm, v)
}

/// A bytes predicate: false when empty, else `test` of every byte.
fn predicate(vm: &mut Vm, args: Args, name: &str, test: fn(&u8) -> bool) -> PyResult<Value> {
    let (b, []) = vm.method_args::<0>(args, name)?;
    let data = bytes_of(vm, b);
    Ok(Value::from_bool(!data.is_empty() && data.iter().all(test)))
}

fn isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isalpha", u8::is_ascii_alphabetic)
}

fn isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isdigit", u8::is_ascii_digit)
}

fn isalnum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isalnum", u8::is_ascii_alphanumeric)
}

fn isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isspace", |b| b" \t\n\r\x0b\x0c".contains(b))
}

/// `islower`/`isupper`: some cased byte, and none of the other case.
fn cased(vm: &mut Vm, args: Args, name: &str, upper: bool) -> PyResult<Value> {
    let (b, []) = vm.method_args::<0>(args, name)?;
    let data = bytes_of(vm, b);
    let (upper_count, lower_count) = (
        data.iter().filter(|b| b.is_ascii_uppercase()).count(),
        data.iter().filter(|b| b.is_ascii_lowercase()).count(),
    );
    let (has, wrong) = if upper {
        (upper_count, lower_count)
    } else {
        (lower_count, upper_count)
    };
    Ok(Value::from_bool(has > 0 && wrong == 0))
}

fn islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cased(vm, args, "islower", false)
}

fn isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cased(vm, args, "isupper", true)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (ba, [index]) = vm.method_range_args::<1>(args, 0, "pop")?;
    let mut data = bytes_of(vm, ba).to_vec();
    if data.is_empty() {
        return Err(vm.raise_msg(TypeId::IndexError, "pop from empty bytearray"));
    }
    let i = if index.is_empty() {
        data.len() - 1
    } else {
        match normalize_index(vm, index, data.len(), "bytearray")? {
            Some(i) => i,
            None => return Err(vm.raise_msg(TypeId::IndexError, "pop index out of range")),
        }
    };
    let byte = data.remove(i);
    set_bytearray(vm, ba, &data)?;
    Ok(Value::small_int_const(byte as i64))
}

/// `del bytearray[key]`.
pub fn delitem(vm: &mut Vm, ba: Value, key: Value) -> PyResult<()> {
    let mut data = bytes_of(vm, ba).to_vec();
    if vm.is_layout(key, layout::SLICE) {
        let (start, _, step, length) = slice_indices(vm, key, data.len())?;
        let mut doomed = vec![false; data.len()];
        for i in slice_positions(start, step, length) {
            doomed[i] = true;
        }
        let mut i = 0;
        data.retain(|_| {
            i += 1;
            !doomed[i - 1]
        });
        return set_bytearray(vm, ba, &data);
    }
    match normalize_index(vm, key, data.len(), "bytearray")? {
        Some(i) => {
            data.remove(i);
            set_bytearray(vm, ba, &data)
        }
        None => Err(vm.raise_msg(TypeId::IndexError, "bytearray index out of range")),
    }
}

pub fn getitem(vm: &mut Vm, b: Value, key: Value) -> PyResult<Value> {
    let len = bytes_of(vm, b).len();
    if vm.is_layout(key, layout::SLICE) {
        let (start, _, step, length) = slice_indices(vm, key, len)?;
        let data = bytes_of(vm, b);
        let out: Vec<u8> = slice_positions(start, step, length)
            .map(|i| data[i])
            .collect();
        return if vm.is_layout(b, layout::BYTEARRAY) {
            new_bytearray(vm, &out)
        } else {
            new_bytes(vm, &out)
        };
    }
    let kind = if vm.is_layout(b, layout::BYTEARRAY) {
        "bytearray"
    } else {
        "byte"
    };
    match normalize_index(vm, key, len, kind)? {
        Some(i) => Ok(Value::small_int_const(bytes_of(vm, b)[i] as i64)),
        None => {
            let what = if vm.is_layout(b, layout::BYTEARRAY) {
                "bytearray"
            } else {
                "index"
            };
            let msg = if what == "index" {
                "index out of range".to_string()
            } else {
                "bytearray index out of range".to_string()
            };
            Err(vm.raise_msg(TypeId::IndexError, &msg))
        }
    }
}

pub fn setitem(vm: &mut Vm, b: Value, key: Value, v: Value) -> PyResult<()> {
    if vm.is_layout(key, layout::SLICE) {
        return assign_slice(vm, b, key, v);
    }
    vm.rooted(&[b, v], |vm, base| {
        let i = vm.index_of(key, "bytearray")?;
        // As in CPython, the value is converted before the index is checked
        // against the length, which either `__index__` may have changed.
        let byte = byte_value(vm, vm.stack[base + 1])?;
        let obj = vm.stack[base].as_obj().expect("a bytearray");
        let len = vm.heap.raw(obj, field::BYTEARRAY::len) as i64;
        let i = if i < 0 { i + len } else { i };
        if !(0..len).contains(&i) {
            return Err(vm.raise_msg(TypeId::IndexError, "bytearray index out of range"));
        }
        let storage = vm
            .heap
            .field(obj, field::BYTEARRAY::storage)
            .as_obj()
            .expect("storage");
        vm.heap.bytes_mut(storage, 0)[i as usize] = byte;
        Ok(())
    })
}

pub fn contains(vm: &mut Vm, b: Value, item: Value) -> PyResult<bool> {
    let data = bytes_of(vm, b).to_vec();
    let sub = needle(vm, item)?;
    Ok(sub.is_empty() || data.windows(sub.len()).any(|w| w == sub.as_slice()))
}

pub fn binary(vm: &mut Vm, a: Value, b: Value, op: B) -> PyResult<Option<Value>> {
    let data = bytes_of(vm, a).to_vec();
    let out = match op {
        B::Add => {
            if !is_bytes_like(vm, b) {
                if vm.is_user_instance(b) {
                    return Ok(None);
                }
                let msg = format!(
                    "can't concat {} to {}",
                    vm.type_name_of(b),
                    vm.type_name_of(a)
                );
                return Err(vm.type_error(&msg));
            }
            let mut d = data;
            d.extend_from_slice(bytes_of(vm, b));
            d
        }
        B::Multiply => {
            let Some(n) = super::list::repeat_count(vm, b)? else {
                return Ok(None);
            };
            // Immutable: one copy is the bytes object itself, as in CPython.
            if n == 1 && vm.is_layout(a, layout::BYTES) {
                return Ok(Some(a));
            }
            vm.check_items(data.len(), n)?;
            data.repeat(n)
        }
        B::Remainder => super::format::percent_format_bytes(vm, &data, b)?,
        _ => return Ok(None),
    };
    if vm.is_layout(a, layout::BYTEARRAY) {
        new_bytearray(vm, &out).map(Some)
    } else {
        new_bytes(vm, &out).map(Some)
    }
}

/// `bytearray[slice] = value`: value is bytes-like, or an iterable of ints
/// (an int alone is an error, not a count).
fn assign_slice(vm: &mut Vm, b: Value, key: Value, v: Value) -> PyResult<()> {
    vm.rooted(&[b, v, key], |vm, base| {
        let len = bytes_of(vm, vm.stack[base]).len();
        let (mut start, mut stop, mut step, mut length) =
            slice_indices(vm, vm.stack[base + 2], len)?;
        let v = vm.stack[base + 1];
        if vm.is_int(v) || vm.is_layout(v, layout::STR) {
            let msg = "can assign only bytes, buffers, or iterables of ints in range(0, 256)";
            return Err(vm.type_error(msg));
        }
        let items = if is_bytes_like(vm, v) {
            bytes_of(vm, v).to_vec()
        } else {
            let values = super::functions::collect(vm, v)?;
            vm.rooted(&values, |vm, at| {
                (0..values.len())
                    .map(|i| byte_value(vm, vm.stack[at + i]))
                    .collect::<PyResult<Vec<u8>>>()
            })?
        };
        if bytes_of(vm, vm.stack[base]).len() != len {
            // The conversions resized the bytearray: the slice is taken
            // again for its length now, as CPython does.
            let now = bytes_of(vm, vm.stack[base]).len();
            (start, stop, step, length) = slice_indices(vm, vm.stack[base + 2], now)?;
        }
        let b = vm.stack[base];
        let mut data = bytes_of(vm, b).to_vec();
        if step == 1 {
            let start = (start.max(0) as usize).min(data.len());
            let stop = (stop.max(0) as usize).clamp(start, data.len());
            data.splice(start..stop, items);
            return set_bytearray(vm, b, &data);
        }
        if items.len() != length {
            let msg = format!(
                "attempt to assign bytes of size {} to extended slice of size {length}",
                items.len()
            );
            return Err(vm.value_error(&msg));
        }
        // The slice's own `__index__` may have shrunk the bytearray.
        if slice_positions(start, step, length).any(|pos| pos >= data.len()) {
            return Err(vm.raise_msg(TypeId::IndexError, "bytearray index out of range"));
        }
        for (pos, byte) in slice_positions(start, step, length).zip(items) {
            data[pos] = byte;
        }
        set_bytearray(vm, b, &data)
    })
}
